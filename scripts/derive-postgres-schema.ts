// Writes prisma/postgresql/schema.prisma from prisma/schema.prisma: same models, another provider and output.
import fs from 'node:fs';
import { derivePostgresSchema } from './lib/derive-postgres-schema';

const source = fs.readFileSync('prisma/schema.prisma', 'utf8');
fs.writeFileSync('prisma/postgresql/schema.prisma', derivePostgresSchema(source));
console.log('wrote prisma/postgresql/schema.prisma');
