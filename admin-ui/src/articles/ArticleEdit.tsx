import { Edit } from 'react-admin';
import { ArticleForm } from './ArticleForm';

const ArticleEdit = () => (
    <Edit redirect="show" mutationMode="pessimistic">
        <ArticleForm />
    </Edit>
);

export default ArticleEdit;
