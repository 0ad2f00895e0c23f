// npm run db:migrate — applies pending migrations to DATABASE_URL (an external PostgreSQL).
import { migrate } from '../lib/db/migrate';

const url = process.env.DATABASE_URL;
if (!url) {
  console.error('请设置 DATABASE_URL');
  process.exit(2);
}
migrate(url, console.log)
  .then((applied) => console.log(applied.length ? `完成，共应用 ${applied.length} 个迁移` : '数据库已是最新'))
  .catch((e) => {
    console.error((e as Error).message);
    process.exit(1);
  });
