import { Create } from 'react-admin';
import { ArticleForm } from './ArticleForm';

const ArticleCreate = () => (
    <Create redirect="show">
        <ArticleForm />
    </Create>
);

export default ArticleCreate;
