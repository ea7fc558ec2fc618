import { describe, expect, it } from 'vitest';
import { tokens } from '@fluentui/tokens';
import { inlineTokensIn } from './inline-tokens';

describe('inlineTokensIn', () => {
  it("writes each of Fluent's tokens out as the string the object holds", () => {
    const code = [
      "import { makeStyles, tokens } from '@fluentui/react-components';",
      'const gap = `${tokens.spacingHorizontalM} ${tokens.spacingVerticalS}`;',
      'const color = tokens.colorNeutralForeground1;',
    ].join('\n');
    const out = inlineTokensIn(code)!;
    expect(out).toContain(`const color = "${tokens.colorNeutralForeground1}";`);
    expect(out).toContain(`\${"${tokens.spacingHorizontalM}"} \${"${tokens.spacingVerticalS}"}`);
    expect(out).not.toMatch(/tokens\.\w/);
  });

  it("matches Fluent's object for every token", () => {
    for (const [name, value] of Object.entries(tokens)) {
      const out = inlineTokensIn(
        `import { tokens } from "@fluentui/react-theme";\nx(tokens.${name});`,
      );
      expect(out).toBe(
        `import { tokens } from "@fluentui/react-theme";\nx(${JSON.stringify(value)});`,
      );
    }
  });

  it('leaves alone a module without the import, another object’s tokens and unknown names', () => {
    expect(inlineTokensIn('const tokens = lex(s); use(tokens.length);')).toBeNull();
    expect(
      inlineTokensIn(
        "import { tokens as t } from '@fluentui/react-components';\nuse(tokens.colorBrandBackground);",
      ),
    ).toBeNull();
    const code =
      "import { tokens } from '@fluentui/react-components';\nuse(theme.tokens.colorBrandBackground, tokens.notAToken);";
    expect(inlineTokensIn(code)).toBeNull();
  });
});
