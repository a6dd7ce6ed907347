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
      // A leading underscore marks what is left out on purpose (`{ at: _at, ...rest }`).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // It asks for `x!` where `x as T` is written, which no-non-null-assertion (strict) forbids.
      '@typescript-eslint/non-nullable-type-assertion-style': 'off',
      // Without noUncheckedIndexedAccess (off for the search's typed-array loops), `list[0]` looks
      // always present to TypeScript, so this rule would flag every guard against an empty list.
      '@typescript-eslint/no-unnecessary-condition': 'off',
      // An empty string is as good as missing here (a blank environment variable or form field).
      '@typescript-eslint/prefer-nullish-coalescing': ['error', { ignorePrimitives: { string: true } }],
      // Implementing an async interface synchronously (the SQLite driver, bench sections) keeps
      // a throw a rejection, which is what callers of the interface handle.
      '@typescript-eslint/require-await': 'off',
      // A string spread into letters means code points, which is what the letter-level code wants.
      '@typescript-eslint/no-misused-spread': ['error', { allow: ['string'] }],
    },
  },
  {
    // Finding control characters is what the file is for.
    files: ['src/core/text/controls.ts'],
    rules: { 'no-control-regex': 'off' },
  },
  {
    files: ['test/**'],
    rules: {
      // A test that gets nothing where it expects a value fails either way, at the assertion.
      '@typescript-eslint/no-non-null-assertion': 'off',
      // Tests rethrow the drivers' own errors as they caught them (typed unknown).
      '@typescript-eslint/only-throw-error': 'off',
    },
  },
  {
    // The fake Discord and the tests and bench that drive it read and write Discord's wire JSON as it comes
    // (as untyped as the real API's bodies); a wrong field there fails the test's assertion.
    files: ['test/fake-discord/**', 'test/fake-discord.test.ts', 'test/discord/**', 'bench/discord.ts', 'bench/soak.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-explicit-any': 'off',
    },
  },
  {
    // Response.formData is deprecated for servers because it buffers the body; the fake's are small.
    files: ['test/fake-discord/rest.ts'],
    rules: { '@typescript-eslint/no-deprecated': 'off' },
  },
  { files: ['**/*.{js,mjs,cjs}'], extends: [tseslint.configs.disableTypeChecked] },
  { files: ['**/*.js'], languageOptions: { sourceType: 'commonjs' } },
  prettier,
);
