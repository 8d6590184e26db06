// Lint: TypeScript rules, Lit template rules and web-component rules. Template *type* checking
// is lit-analyzer's job (npm run lint runs both).
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';

export default tseslint.config(
  { ignores: ['**/node_modules/**', '**/dist/**', 'storybook-static/**', '**/custom-elements.json', 'examples/**/vendor/**', 'examples/journal/build/**', 'docs/api/**', 'test/fixtures/bundles/**'] },
  ...tseslint.configs.recommended,
  lit.configs['flat/recommended'],
  wc.configs['flat/recommended'],
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
      // Widgets register through defineElement (safe for two copies), never customElements.define directly.
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.object.name='customElements'][callee.property.name='define']",
          message: 'Use defineElement() from @bsp/ui: it does not throw when a second copy registers the tag.',
        },
      ],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    files: ['packages/ui/src/utils/define-element.ts'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    files: ['**/*.test.ts', 'test/**', 'bench/**', 'scripts/**', 'examples/**', '.storybook/**', '*.config.*'],
    rules: { 'no-console': 'off', 'wc/guard-super-call': 'off', '@typescript-eslint/no-unused-expressions': 'off' },
  },
);
