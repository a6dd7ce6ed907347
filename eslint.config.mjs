// Lint: typescript-eslint's strict and stylistic type-checked rules on every TypeScript file;
// formatting is Prettier's (`npm run format`), so eslint-config-prettier turns off the rules that
// would argue with it. A rule is loosened or turned off only with its reason beside it.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/', 'var/', 'coverage/'] },
  js.configs.recommended,
  tseslint.configs.strictTypeChecked,
  tseslint.configs.stylisticTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // Counts, paragraph numbers and ids are numbers; they print as they should in a message.
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      // `() => resolve()` and `(x) => void…` callbacks are the project's idiom; a void value is never used.
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
      // It asks for `x!` where `x as T` is written, which no-non-null-assertion (strict) forbids.
      '@typescript-eslint/non-nullable-type-assertion-style': 'off',
    },
  },
  {
    // The fake Discord and the tests that drive it read and write Discord's wire JSON as it comes
    // (as untyped as the real API's bodies); a wrong field there fails the test's assertion.
    files: ['test/fake-discord/**', 'test/fake-discord.test.ts', 'test/discord/**'],
    rules: {
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
  { files: ['**/*.{js,mjs,cjs}'], extends: [tseslint.configs.disableTypeChecked] },
  { files: ['**/*.js'], languageOptions: { sourceType: 'commonjs' } },
  prettier,
);
