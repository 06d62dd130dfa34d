// Lint rules, including the folder rules of ../shared/STYLE.md: what each lib/ module may import.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const modules = ['model', 'asl', 'engine', 'ingest', 'analysis', 'cost', 'db', 'auth', 'csv', 'alerts'];
/** STYLE.md's arrows: the lib/ modules each one may import. */
const allowed = {
  model: [],
  asl: ['model'],
  engine: ['asl', 'model'],
  ingest: ['model', 'asl', 'db'],
  analysis: ['model', 'asl'],
  cost: ['model', 'analysis'],
  db: ['model'],
  auth: ['model'],
  csv: [],
  // Evaluates the detectors' results and sends them: reads the database, POSTs to webhooks.
  alerts: ['model', 'analysis', 'cost', 'db'],
};
const frameworks = [
  { group: ['next', 'next/*', 'react', 'react-dom', 'react/*'], message: 'Only app/ imports next/* or React.' },
  { group: ['@/app', '@/app/*'], message: 'Nothing imports app/.' },
];
const prisma = { group: ['@prisma/*', '**/generated/*', '@/lib/db/generated/*'], message: 'Only lib/db imports Prisma.' };
const internals = (self) => ({
  group: modules.filter((name) => name !== self).map((name) => `@/lib/${name}/*`),
  message: 'Import a module through its index (@/lib/<module>), not its internals.',
});

export default tseslint.config(
  { ignores: ['.next/**', '.next-*/**', 'node_modules/**', 'data/**', 'test-results/**', 'lib/db/generated/**', 'next-env.d.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  ...modules.map((name) => ({
    files: [`lib/${name}/**/*.{ts,tsx}`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...frameworks,
            ...(name === 'db' ? [] : [prisma]),
            internals(name),
            {
              group: modules.filter((other) => other !== name && !allowed[name].includes(other)).map((other) => `@/lib/${other}`),
              message: `lib/${name} may import only ${allowed[name].map((other) => `lib/${other}`).join(', ') || 'nothing else in lib/'} (STYLE.md).`,
            },
          ],
        },
      ],
    },
  })),
  {
    files: ['app/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { patterns: [prisma, internals('')] }] },
  },
  {
    // Components receive plain data: the page (or a loader beside it) reads the database.
    files: ['app/ui/**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { patterns: [{ group: ['@/lib/db', '@/lib/ingest'], allowTypeImports: true, message: 'app/ui may import only pure lib modules (STYLE.md): load data in the page and pass it as props.' }] },
      ],
    },
  },
);
