export { Layout } from './Layout';
export { Login } from './Login';
