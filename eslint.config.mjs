import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import path from 'node:path';

// lib/domain is pure: a relative or '@/' import must stay inside lib/domain.
const domainRoot = path.resolve(import.meta.dirname, 'lib/domain');
const layers = {
  rules: {
    'domain-stays-inside': {
      meta: { type: 'problem', schema: [], messages: { outside: 'lib/domain imports only lib/domain, not {{target}}.' } },
      create(context) {
        const check = (node) => {
          const spec = node.source && node.source.value;
          if (typeof spec !== 'string') return;
          let target = null;
          if (spec.startsWith('.')) target = path.resolve(path.dirname(context.filename), spec);
          else if (spec.startsWith('@/')) target = path.resolve(import.meta.dirname, spec.slice(2));
          if (target && target !== domainRoot && !target.startsWith(domainRoot + path.sep)) {
            context.report({ node: node.source, messageId: 'outside', data: { target: path.relative(import.meta.dirname, target) } });
          }
        };
        return { ImportDeclaration: check, ExportNamedDeclaration: check, ExportAllDeclaration: check, ImportExpression: check };
      },
    },
  },
};

export default tseslint.config(
  { ignores: ['node_modules/', '.next/', '.data/', 'lib/generated/', 'test-results/', 'playwright-report/', 'next-env.d.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'warn' },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  { files: ['**/*.mjs', '**/*.js'], languageOptions: { globals: { process: 'readonly', console: 'readonly' } } },
  {
    // Routes, pages and components reach the database only through lib/data, given prisma() from lib/db/client.
    files: ['app/**/*.{ts,tsx}', 'components/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: '(^|/)lib/db/(?!client$)', message: 'app/ and components/ may import only lib/db/client from lib/db; use lib/data.' },
            { regex: '(^|/)lib/data/internal/', message: 'lib/data/internal/ takes no acting user: call the lib/data function that checks it.' },
          ],
        },
      ],
    },
  },
  {
    // The domain is pure functions: no data access, framework or database driver.
    files: ['lib/domain/**/*.ts'],
    ignores: ['**/*.test.ts', '**/__fixtures__/**'],
    plugins: { layers },
    rules: {
      'layers/domain-stays-inside': 'error',
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(next|react|react-dom|next-auth|pg|server-only|exceljs|docx|echarts)(/|$)|^@prisma/',
              message: 'lib/domain is pure: no framework, database or file-format packages.',
            },
          ],
        },
      ],
    },
  },
);
