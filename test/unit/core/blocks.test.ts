import { describe, expect, it } from 'vitest';
import { codeLines, ingredientLines } from '../../../src/core/blocks';

const marked = (texts: string[], f: (t: string[]) => Uint8Array) => {
  const m = f(texts);
  return texts.filter((_, i) => m[i]);
};

describe('code lines', () => {
  it('takes commands, settings and statements, with the code-like lines of their block', () => {
    const block = ['sudo apt install restic', 'restic version', '', '[Service]', 'Type=oneshot', 'ExecStart=/usr/local/bin/backup.sh', '', 'SELECT id, payload FROM jobs', 'WHERE state = \'new\'', 'LIMIT 1', 'FOR UPDATE SKIP LOCKED;'];
    const got = marked(['Intro line of the post, which says what the post is about.', '', ...block], codeLines);
    for (const l of ['sudo apt install restic', '[Service]', 'Type=oneshot', 'ExecStart=/usr/local/bin/backup.sh', 'SELECT id, payload FROM jobs', 'LIMIT 1', 'FOR UPDATE SKIP LOCKED;']) expect(got).toContain(l);
  });

  it('takes a sample of data: keys opening lists and objects, their closing brackets and elided parts', () => {
    const sample = ['root: {', 'list: [', 'list: [', ']', '...', ']', '}'];
    expect(marked(['The payload below nests lists five levels deep, which the server unpacks in full.', '', ...sample, '', 'The root holds 300 lists.'], codeLines)).toEqual(sample);
  });

  it('leaves menus, headings and sentences alone', () => {
    const page = ['Home', 'News', 'Sport', '', 'The council set the budget for next year.', 'Type of school: primary', 'Ingredients:', '...', 'Contact | Imprint | Privacy', '1 Comment', 'Read more', '', 'Export figures rose by 3% in March, the office said.'];
    expect(marked(page, codeLines)).toEqual([]);
  });
});

describe('ingredient lines', () => {
  it('takes a list of measures with its heads and unmeasured lines, in several languages', () => {
    for (const list of [
      ['Teig:', '500 g Weizenmehl', '250 ml Milch', '1 Würfel Hefe (42 g)', '1 Prise Salz', 'Belag:', '2 kg Zwetschgen'],
      ['Ciasto:', '500 g mąki pszennej', '250 ml gorącej wody', '2 łyżki masła', 'sól i pieprz do smaku'],
      ['2 cups flour', '1 tsp baking soda', '½ cup sugar', 'salt to taste'],
    ]) expect(marked(['', ...list, ''], ingredientLines)).toEqual(list);
  });

  it('leaves numbered rankings, counts and tables of scores alone', () => {
    const lines = ['1 Unia Kaliszany 29', '2 Hetman Zagórze 27', '3 Wisłoka Dębin 25', '12 comments', '3 min read', '24 hours ago'];
    expect(marked(lines, ingredientLines)).toEqual([]);
  });
});

describe('blocks in text without blank lines', () => {
  it('still finds the ingredients, from the first measure to the last, under a recipe card', () => {
    const card = ['Plum cake', '★★★★★', 'Prep time: 40 minutes', 'Servings: 20', 'Print', 'Ingredients', 'Dough:'];
    const list = ['500 g flour', '250 ml milk', '60 g sugar', '1 pinch of salt'];
    const got = marked(['We love this cake, and we bake it every autumn when the plums are ripe.', ...card, ...list, 'Knead the dough and let it rise for an hour before you roll it out.'], ingredientLines);
    expect(got).toEqual(['Dough:', ...list]);
  });

  it('still finds code between sentences', () => {
    const code = ['[Service]', 'Type=oneshot', 'ExecStart=/usr/local/bin/backup.sh'];
    const got = marked(['The unit file is short, and it only names the script it runs.', ...code, 'Then reload the daemon and enable the timer.'], codeLines);
    expect(got).toEqual(code);
  });
});

describe('a list of ingredients one to a paragraph', () => {
  const items = ['1 lb dried white beans, soaked overnight', '3 tbsp olive oil', '1 large onion, finely chopped', '8 cups water or stock', 'Salt and black pepper'];
  it('is read across the blank lines between its items, from its head', () => {
    const texts = ['Prep Time', '20 mins', 'Cook Time', '1 hr 45 mins', 'Ingredients', '', ...items.flatMap((x) => [x, '']), 'Instructions'];
    expect(marked(texts, ingredientLines)).toEqual(['Ingredients', ...items]);
  });
  it('takes no ad label under a list whose items stand together', () => {
    const texts = ['Ingredients:', '1 lb dried white beans', '3 tbsp olive oil', '2 cups stock', '', 'Advertisement', ''];
    expect(marked(texts, ingredientLines)).not.toContain('Advertisement');
  });
});
