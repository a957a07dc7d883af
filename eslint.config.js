import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['**/node_modules/**', '**/.data/**', '**/__generated__/**', '**/migrations/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'warn',
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[object.name='process'][property.name='env']",
          message: 'Read configuration in main.ts (parseConfig) only.',
        },
      ],
    },
  },
  {
    // Composition roots and test harnesses are where the environment is read.
    files: [
      '**/src/main.ts',
      'scripts/**',
      '**/test/**',
      'internal/testing/**',
      'codegen.ts',
      'vitest.config.ts',
      'vitest.faults.config.ts',
      'benchmarks/**',
      'examples/**',
    ],
    rules: { 'no-restricted-syntax': 'off', '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    // A subgraph never imports another subgraph (DESIGN.md rule 1).
    files: ['subgraphs/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['@shop/*-subgraph', '../../*/src/*'], message: 'Subgraphs meet only through entity references and events.' }] },
      ],
    },
  },
);
