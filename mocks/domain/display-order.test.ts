import fc from 'fast-check';
import { generateScenario } from '../scenarios/scenarios';
import { displayOrderKey, sortByDisplayName } from './display-order';

const english = (a: string, b: string) => a.localeCompare(b, 'en');
const sign = (n: number) => Math.sign(n);

describe("display order: localeCompare(…, 'en') order, quicker", () => {
  it('orders every name of the large scenario as localeCompare does', () => {
    const names = generateScenario('large').users.map((user) => user.displayName);
    // Shuffled by a fixed step, so the sort has real work to do.
    const shuffled = names.map((_, i) => names[(i * 7919) % names.length]!);
    expect(new Set(shuffled).size).toBe(names.length);
    expect(sortByDisplayName(shuffled, (name) => name)).toEqual([...shuffled].sort(english));
  });

  it('compares any two printable ASCII strings as localeCompare does', () => {
    const printable = fc.string({
      unit: fc.integer({ min: 32, max: 126 }).map((code) => String.fromCharCode(code)),
    });
    fc.assert(
      fc.property(printable, printable, (a, b) => {
        const [first] = sortByDisplayName([b, a], (name) => name);
        const expected = english(a, b) < 0 ? a : english(a, b) > 0 ? b : b;
        expect(first).toBe(expected);
        const keyA = displayOrderKey(a)!;
        const keyB = displayOrderKey(b)!;
        // Different primary keys decide the order on their own.
        if (keyA !== keyB) expect(sign(keyA < keyB ? -1 : 1)).toBe(sign(english(a, b)));
      }),
      { numRuns: 5000 },
    );
  });

  it('orders names with case, punctuation, digits and other scripts as localeCompare does', () => {
    const names = [
      'amos marble',
      'Amos Marble',
      'Amos  Marble',
      'Amos-Marble',
      "Amos O'Brien",
      'Amos.Marble',
      'Amos Marble2',
      'Amos Marble10',
      'Zoë Ng',
      'Zoe Ng',
      'Zoé Ng',
      'Ångström',
      'Angstrom',
      'Łukasz',
      'Lukasz',
      '',
      ' ',
      'A',
      'a',
      'Isaiah Langer <img src=x onerror=alert(1)>',
      'Émile',
      'Emile',
      'Ólafur',
      'Olafur',
      '李雷',
      'Bob\tSmith',
      'Bob Smith',
    ];
    for (let i = 0; i < 20; i++) {
      const shuffled = names.map((_, j) => names[(j * 11 + i) % names.length]!);
      expect(sortByDisplayName(shuffled, (name) => name)).toEqual([...shuffled].sort(english));
    }
    expect(displayOrderKey('Zoë')).toBeNull();
    expect(displayOrderKey('Bob\tSmith')).toBeNull();
    expect(displayOrderKey('amos')).toBe(displayOrderKey('AMOS'));
  });

  it('keeps the input order of names that compare equal (a stable sort)', () => {
    const items = [
      { name: 'Amos Marble', n: 1 },
      { name: 'Alex Wilber', n: 2 },
      { name: 'Amos Marble', n: 3 },
    ];
    expect(sortByDisplayName(items, (item) => item.name).map((item) => item.n)).toEqual([2, 1, 3]);
  });
});
