// npm run db:migrate: apply migrations to DATABASE_URL (and seed an empty database unless --no-seed).
import { getDb } from '@/lib/db';
import { exitWithError } from './lib/exit-with-error';
import { prepareDatabase } from './lib/prepare-database';

await prepareDatabase({ seed: !process.argv.includes('--no-seed') }).catch(exitWithError);
await (await getDb()).$disconnect();
