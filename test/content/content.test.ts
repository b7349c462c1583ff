import { expect } from '@open-wc/testing';
import { contentFor, type Content } from '../../src/content/index.js';
import { en } from '../../src/content/en.js';
import { es } from '../../src/content/es.js';
import { SOURCES } from '../../src/content/sources.js';
import type { Language } from '../../src/core/language.js';

const LANGUAGES: Record<Language, Content> = { en, es };

/** One piece of text the elements can show, and where it lives in the content. */
interface Text {
  path: string;
  text: string;
}

/** Sample values for function fields: by field name, else an emergency number. */
const SAMPLE_ARGS: Record<string, unknown[]> = {
  stepOf: [2, 6],
  stepLabel: [5],
  started: [3],
  messageFor: ['Hope Clinic'],
  callName: ['1-800-662-4357', 'SAMHSA National Helpline'],
  hours: ['9–5'],
  variant: ['big', 'full, compact', 'full'],
  lang: ['fr', 'en, es'],
};
const SAMPLE_NUMBER = '911';

/** Every text in `value`, walking objects and lists and calling functions with sample values. */
function texts(value: unknown, path = ''): Text[] {
  const field = path.split('.').pop()!.replace(/\[\d+\]$/, '');
  if (typeof value === 'string') return [{ path, text: value }];
  if (typeof value === 'function') {
    const args = SAMPLE_ARGS[field] ?? [SAMPLE_NUMBER, SAMPLE_NUMBER, SAMPLE_NUMBER];
    return [{ path: `${path}()`, text: String((value as (...args: unknown[]) => unknown)(...args)) }];
  }
  if (Array.isArray(value)) return value.flatMap((item, index) => texts(item, `${path}[${index}]`));
  if (value && typeof value === 'object') {
    return Object.entries(value)
      .filter(([key]) => key !== 'sources')
      .flatMap(([key, inner]) => texts(inner, path ? `${path}.${key}` : key));
  }
  return [];
}

interface SourcedItem {
  path: string;
  sources: unknown;
}

/** Every object that carries `sources`: the medical statements. */
function sourcedItems(value: unknown, path = ''): SourcedItem[] {
  if (Array.isArray(value)) return value.flatMap((item, index) => sourcedItems(item, `${path}[${index}]`));
  if (!value || typeof value !== 'object') return [];
  const own = 'sources' in value ? [{ path, sources: (value as { sources: unknown }).sources }] : [];
  return [
    ...own,
    ...Object.entries(value)
      .filter(([key]) => key !== 'sources')
      .flatMap(([key, inner]) => sourcedItems(inner, path ? `${path}.${key}` : key)),
  ];
}

/** The kind of every node, by path: a translation must keep the same structure. */
function shape(value: unknown, path = ''): string[] {
  if (typeof value === 'function') return [`${path}: function(${(value as () => unknown).length})`];
  if (Array.isArray(value)) {
    return [`${path}: list of ${value.length}`, ...value.flatMap((item, index) => shape(item, `${path}[${index}]`))];
  }
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, inner]) =>
      key === 'sources' ? [`${path}.sources`] : shape(inner, path ? `${path}.${key}` : key),
    );
  }
  return [`${path}: ${typeof value}`];
}

/** Texts that are the same in every language: numbers and names. */
const SAME_IN_EVERY_LANGUAGE = new Set(['1-800-662-4357']);

/**
 * Person-first language [NIDA-W]: no label that reduces a person to a drug, in
 * either language. "Addiction" and "adicción" (the disease) are allowed.
 */
const LABEL = /\b(addicts?|addicted|junkies?|junky|abusers?|druggies?|adict[oa]s?|drogadict[oa]s?|yonquis?|viciosos?)\b/i;

describe('content', () => {
  describe('an element gets its words by language', () => {
    it('contentFor gives English and Spanish', () => {
      expect(contentFor('en')).to.equal(en);
      expect(contentFor('es')).to.equal(es);
    });
  });

  for (const [language, content] of Object.entries(LANGUAGES) as [Language, Content][]) {
    describe(`in ${language === 'en' ? 'English' : 'Spanish'}`, () => {
      it('has no empty text anywhere: every heading, label, step and message says something', () => {
        const all = texts(content);
        expect(all.length).to.be.greaterThan(100);
        const empty = all.filter(({ text }) => text.trim() === '').map(({ path }) => path);
        expect(empty, 'empty texts').to.deep.equal([]);
      });

      it('names at least one source for every medical statement, and every source is listed for reviewers', () => {
        const items = sourcedItems(content);
        expect(items.length).to.be.greaterThan(40);
        for (const { path, sources } of items) {
          expect(sources, path).to.be.an('array').with.length.greaterThan(0);
          for (const key of sources as string[]) {
            expect(SOURCES, `${path} cites ${key}`).to.have.own.property(key);
          }
        }
      });

      it('backs every sign, action, warning and naloxone fact in the overdose guidance with a source', () => {
        const { overdoseSigns } = content;
        const statements = [
          overdoseSigns.intro,
          ...overdoseSigns.signs,
          ...overdoseSigns.act,
          ...overdoseSigns.donts,
          ...overdoseSigns.naloxone,
          overdoseSigns.waking,
          overdoseSigns.mixing,
          overdoseSigns.goodSamaritan,
          overdoseSigns.guide.timer.instruction,
        ];
        for (const statement of statements) expect(statement.sources).to.have.length.greaterThan(0);
      });

      it('uses person-first language: never "addict", "junkie" or "abuser"', () => {
        const offending = texts(content).filter(({ text }) => LABEL.test(text));
        expect(offending).to.deep.equal([]);
      });

      it('never offers Evzio, which is discontinued', () => {
        expect(texts(content).filter(({ text }) => /evzio/i.test(text))).to.deep.equal([]);
      });

      it('does not list vomiting or heart rate as overdose signs', () => {
        const signs = content.overdoseSigns.signs.map(({ text }) => text).join(' ');
        expect(signs).to.not.match(/vomit|heart|v[oó]mit|coraz[oó]n|pulso/i);
      });

      it('has the eight family steps, each with a title, a summary and a body', () => {
        const { steps } = content.familySteps;
        expect(steps).to.have.length(8);
        for (const step of steps) {
          expect(step.title.trim()).to.not.equal('');
          expect(step.summary.trim()).to.not.equal('');
          expect(step.body).to.have.length.greaterThan(0);
        }
      });

      it('has the five things to do, in CDC’s order, each with a short title for the guide’s screens', () => {
        expect(content.overdoseSigns.act).to.have.length(5);
        for (const step of content.overdoseSigns.act) expect(step.title('911').trim()).to.not.equal('');
      });

      it('puts the emergency number the partner set into every call to action', () => {
        expect(content.common.call('112')).to.contain('112');
        expect(content.common.callEmergency('999')).to.contain('999');
        expect(content.overdoseSigns.act[0].title('000')).to.contain('000');
        expect(content.overdoseSigns.act[4].text('112')).to.contain('112');
        expect(content.familySteps.overdoseCall.text('111')).to.contain('111');
      });

      it('starts the accessible name of each call button with its visible label', () => {
        const { common, callBanner } = content;
        expect(common.callEmergency('911').startsWith(common.call('911'))).to.equal(true);
        const phone = common.helpline.number;
        expect(callBanner.callName(phone, common.helpline.name).startsWith(common.call(phone))).to.equal(true);
      });
    });
  }

  describe('the Spanish translation', () => {
    it('has exactly the shape of the English: no paragraph, list item or step left out', () => {
      expect(shape(es)).to.deep.equal(shape(en));
    });

    it('translates every text; only numbers and names stay the same', () => {
      const english = new Map(texts(en).map(({ path, text }) => [path, text]));
      const untranslated = texts(es)
        .filter(({ path, text }) => english.get(path) === text && !SAME_IN_EVERY_LANGUAGE.has(text))
        .map(({ path, text }) => `${path}: ${text}`);
      expect(untranslated).to.deep.equal([]);
    });

    it('cites the same sources as the English for each statement', () => {
      const englishSources = new Map(sourcedItems(en).map(({ path, sources }) => [path, sources]));
      for (const { path, sources } of sourcedItems(es)) {
        expect(sources, path).to.deep.equal(englishSources.get(path));
      }
    });

    it("uses CDC's Spanish terms", () => {
      const all = texts(es)
        .map(({ text }) => text)
        .join(' ');
      for (const term of [
        'pérdida del conocimiento',
        'respiración lenta o superficial',
        'punta de alfiler',
        'naloxona',
        'atomizador nasal',
        'segunda dosis',
        'coloque a la persona de costado',
        'Buen Samaritano',
        'trastorno por consumo de sustancias',
      ]) {
        expect(all.toLowerCase(), term).to.contain(term.toLowerCase());
      }
    });
  });

  describe('the source list', () => {
    it('gives every source a citation and an https address a reviewer can open', () => {
      for (const [key, source] of Object.entries(SOURCES)) {
        expect(source.citation.trim(), key).to.not.equal('');
        expect(source.url, key).to.match(/^https:\/\/[^\s]+$/);
        for (const related of source.related) expect(related.url, key).to.match(/^https:\/\/[^\s]+$/);
      }
    });

    it('has no source that no statement cites, except the language guide', () => {
      const cited = new Set(sourcedItems(en).flatMap(({ sources }) => sources as string[]));
      const uncited = Object.keys(SOURCES).filter((key) => !cited.has(key));
      expect(uncited).to.deep.equal(['NIDA-W']);
    });
  });
});
