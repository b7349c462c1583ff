import { expect } from '@open-wc/testing';
import { contentFor, type Content, type Link, type Linked, type List, type Sourced } from '../../src/content/index.js';
import { en } from '../../src/content/en.js';
import { es } from '../../src/content/es.js';
import { SOURCES } from '../../src/content/sources.js';
import type { Language } from '../../src/content/languages.js';

const LANGUAGES: Record<Language, Content> = { en, es };

/** The only sites the elements link to: official sources, https only (docs/design.md). */
const OFFICIAL_SITES = ['www.cdc.gov', 'findtreatment.gov', '988lifeline.org', 'drugfree.org'];

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
  // Addresses are checked as links (below), not as words a reader sees.
  if (typeof value === 'string') return field === 'href' ? [] : [{ path, text: value }];
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

/** Texts that are the same in every language: numbers, names and site addresses. */
const SAME_IN_EVERY_LANGUAGE = new Set([
  '1-800-662-4357',
  '1-855-378-4373',
  'Partnership to End Addiction',
  'FindTreatment.gov',
  'drugfree.org',
  '988lifeline.org',
]);

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
          ...overdoseSigns.act[2].cases,
          ...overdoseSigns.naloxone,
          ...overdoseSigns.drugs,
          overdoseSigns.waking,
          overdoseSigns.goodSamaritan,
          overdoseSigns.guide.timer.done,
          overdoseSigns.guide.awakeNoUse,
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
        // CDC's "segunda dosis" is for the second dose only; every later one is "otra dosis".
        'otra dosis',
        'coloque a la persona de costado',
        'RCP',
        'fentanilo',
        'xilacina',
        'tiras reactivas',
        'Buen Samaritano',
        'trastorno por consumo de sustancias',
      ]) {
        expect(all.toLowerCase(), term).to.contain(term.toLowerCase());
      }
    });

    it('reads as written in Spanish: none of the slips and calques a native reviewer found (issue 13)', () => {
      const all = texts(es)
        .filter(({ path }) => !path.startsWith('overdoseSigns.guide'))
        .map(({ text }) => text)
        .join(' ');
      for (const slip of [
        'gorjeo', // birdsong, not gurgling
        'la acompañan', // the noun is "trastorno"
        'Ayúdela',
        'No la meta',
        'hacerla vomitar',
        'un baño',
        'Si se fue de la casa',
        'Es bueno saber',
        'Es lo esperado',
        'deprimen el cuerpo',
        'marca una diferencia',
        'Enviar texto',
        'Si no está seguro',
      ]) {
        expect(all, slip).not.to.contain(slip);
      }
      expect(all).to.contain('gorgoteos').and.contain('lo acompañan').and.contain('tina o ducha fría');
      expect(all).to.contain('Si su ser querido ya no vive en casa').and.contain('Conviene saber').and.contain('Es normal');
      expect(all).to.contain('ayuda mucho').and.contain('Si tiene dudas');
      expect(es.common.text('988').toLowerCase()).to.contain('mensaje de texto');
      const terms = (es.familySteps.steps[2].body.find((block) => typeof block === 'object' && 'items' in block) as List)
        .items as string[];
      for (const acronym of ['PHP', 'IOP', 'MOUD']) {
        expect(terms.find((term) => term.startsWith(acronym)), acronym).to.contain('siglas en inglés');
      }
    });
  });

  describe('what a bystander and a family also need (README, Sources and review), in both languages', () => {
    /** The words of one part of the content, as one string (functions given 911). */
    const words = (value: unknown) =>
      texts(value)
        .map(({ text }) => text)
        .join(' ');
    /** The same fact, as each language says it. */
    const SAY = {
      en: {
        cpr: /\bCPR\b/,
        pushes: /hard and fast in the center of the chest, 100 to 120 times a minute/,
        trained: /trained, give breaths/,
        dispatcher: /speaker so the dispatcher can coach you/,
        keepGoing: /until they respond or help takes over/,
        notBreathing: /not breathing, or only gasping/i,
        breathingNotWaking: /breathing, but not waking up/i,
        side: /on their side/,
        watch: /watch their breathing/,
        whatToSay: /"someone is not breathing" or "won't wake up/,
        address: /address, and stay on the line/,
        soonAsYouHaveIt: /as soon as you have it\. Don't wait for it to start CPR/,
        everyDose: /new device, in the other nostril\. Repeat every 2 to 3 minutes until they respond or help arrives/,
        noCancel: /Don't cancel the ambulance if they wake up/,
        fentanyl: /Fentanyl/,
        supply: /mixed into heroin, fake pills, cocaine, and meth/,
        anyDrug: /could be an overdose, give naloxone, even if you think they took no opioid/,
        xylazine: /Xylazine \("tranq"\).*does not reverse it, but still give naloxone.*very sleepy/,
        sleepItOff: /sleep it off/,
        alone: /Leave them alone\. If you must go, roll them on their side first/,
        useAgain: /use again soon after waking up/,
        noPrescription: /without a prescription\. Drugstores sell it, and many health departments and programs give it free/,
        zip: /text your ZIP code to 435748 \(English only\)/,
        tolerance: /detox, treatment, a hospital stay, or jail.*old amount.*overdose risk is highest/,
        everyoneKnows: /where everyone at home knows/,
        neverAlone: /never to use alone/,
        strips: /Fentanyl test strips/,
        safety: /unless safety is at risk/,
        counselor: /worked with a CRAFT counselor/,
        familyGroups: /Nar-Anon or SMART Recovery Family & Friends/,
        craftCounselor: /counselor trained in CRAFT/,
        familyHelpline: /in English and Spanish/,
        lifeline: /Call or text 988/,
        trauma: /such as trauma/,
        notFailure: /not a failure/,
      },
      es: {
        cpr: /\bRCP\b/,
        pushes: /fuerte y rápido en el centro del pecho, de 100 a 120 veces por minuto/,
        trained: /sabe dar respiración de boca a boca, hágalo también/,
        dispatcher: /altavoz: el operador le dirá qué hacer/,
        keepGoing: /hasta que reaccione o llegue la ayuda/,
        notBreathing: /no respira, o solo boquea/i,
        breathingNotWaking: /respira, pero no despierta/i,
        side: /de costado/,
        watch: /vigile su respiración/,
        whatToSay: /"alguien no respira" o "no se despierta"/,
        address: /Dé la dirección y no cuelgue/,
        soonAsYouHaveIt: /en cuanto la tenga\. No espere a tenerla para empezar la RCP/,
        everyDose: /atomizador nuevo, en la otra fosa nasal\. Repita cada 2 a 3 minutos hasta que responda o llegue la ayuda/,
        noCancel: /No cancele la ambulancia aunque despierte/,
        fentanyl: /fentanilo/,
        supply: /heroína, pastillas falsas, cocaína y metanfetamina/,
        anyDrug: /si puede ser una sobredosis, dé naloxona, aunque crea que no tomó opioides/,
        xylazine: /xilacina \("tranq"\).*no la revierte, pero igual dé naloxona.*muy dormida/,
        sleepItOff: /se le va a pasar durmiendo/,
        alone: /No deje sola a la persona\. Si tiene que irse, antes colóquela de costado/,
        useAgain: /vuelva a consumir poco después de despertar/,
        noPrescription: /sin receta\. La venden en las farmacias, y muchos departamentos de salud y programas la dan gratis/,
        zip: /código postal por mensaje de texto al 435748 \(solo en inglés\)/,
        tolerance: /desintoxicación, tratamiento, hospital o cárcel.*cantidad de antes.*el riesgo de sobredosis es más alto/,
        everyoneKnows: /donde todos en casa sepan/,
        neverAlone: /nunca consuma a solas/,
        strips: /tiras reactivas de fentanilo/,
        safety: /salvo si hay peligro/,
        counselor: /trabajaron con un consejero de CRAFT/,
        familyGroups: /Nar-Anon o SMART Recovery Family & Friends/,
        craftCounselor: /consejero capacitado en CRAFT/,
        familyHelpline: /en español e inglés/,
        lifeline: /Llame o mande un mensaje al 988.*para español, marque 2 o escriba AYUDA/,
        trauma: /como un trauma/,
        notFailure: /no es un fracaso/,
      },
    } satisfies Record<Language, Record<string, RegExp>>;

    for (const [language, content] of Object.entries(LANGUAGES) as [Language, Content][]) {
      const say = SAY[language];
      const { overdoseSigns, familySteps, common } = content;
      const [call, naloxone, breathing, anotherDose, stay] = overdoseSigns.act;
      const step = (number: number) => words(familySteps.steps[number - 1]);

      describe(language === 'en' ? 'English' : 'Spanish', () => {
        it('not breathing, or only gasping: CPR at once, hands-only pace for anyone, breaths for the trained, the dispatcher coaching', () => {
          const [notBreathing] = breathing.cases;
          expect(notBreathing.lead).to.match(say.notBreathing);
          for (const fact of [say.cpr, say.pushes, say.trained, say.keepGoing]) expect(notBreathing.text).to.match(fact);
          expect(breathing.text('911')).to.match(say.dispatcher);
          expect(notBreathing.sources).to.deep.equal(['AHA-O']);
        });

        it('breathing but not waking: on their side, watching the breathing', () => {
          const [, breathingCase] = breathing.cases;
          expect(breathingCase.lead).to.match(say.breathingNotWaking);
          expect(breathingCase.text).to.match(say.side).and.match(say.watch);
        });

        it('the call says what to say and where; naloxone comes as soon as it is there, without holding up CPR', () => {
          expect(call.text('911')).to.match(say.whatToSay).and.match(say.address);
          expect(naloxone.text('911')).to.match(say.soonAsYouHaveIt);
          expect(naloxone.sources).to.include('AHA-O');
        });

        it('every dose, not only a second: another every 2 to 3 minutes, new device, other nostril, until help', () => {
          expect(anotherDose.text('911')).to.match(say.everyDose);
          expect(stay.text('911')).to.match(say.noCancel);
        });

        it('names fentanyl, in the overdose guidance and in the family steps, and gives naloxone whatever the drug', () => {
          const drugs = words(overdoseSigns.drugs);
          expect(drugs).to.match(say.fentanyl).and.match(say.supply).and.match(say.anyDrug);
          expect(step(4)).to.match(say.fentanyl);
          expect(step(5)).to.match(say.fentanyl);
          expect(overdoseSigns.drugs[0].sources).to.deep.equal(['CDC-F']);
        });

        it('xylazine: naloxone does not reverse it, give it anyway, they may stay sleepy while breathing better', () => {
          const xylazine = overdoseSigns.drugs.find((item) => item.sources.includes('CDC-X'))!;
          expect(xylazine.text).to.match(say.xylazine).and.match(say.side);
        });

        it('the new don’ts: sleeping it off, leaving them alone (side position first), using again soon after', () => {
          const donts = words(overdoseSigns.donts);
          expect(donts).to.match(say.sleepItOff).and.match(say.alone).and.match(say.useAgain);
        });

        it('getting naloxone: no prescription, pharmacies, free from health departments and programs; no brand promised on a shelf', () => {
          expect(words(overdoseSigns.naloxone)).to.match(say.noPrescription);
          expect(step(5)).to.match(say.noPrescription).and.match(say.everyoneKnows);
          expect(words(content)).not.to.match(/RiVive|generic|genérico/i);
        });

        it('step 3: FindTreatment.gov and the helpline’s ZIP-code text (English only)', () => {
          const locator = familySteps.steps[2].body.find((block) => typeof block === 'object' && 'link' in block) as Linked;
          expect(locator.link.href).to.equal('https://findtreatment.gov/');
          expect(locator.sources).to.deep.equal(['SAMHSA-FT']);
          expect(step(3)).to.match(say.zip);
        });

        it('step 5: risk is highest after a break from use; naloxone where everyone knows; never alone; test strips', () => {
          expect(step(5)).to.match(say.tolerance).and.match(say.neverAlone).and.match(say.strips);
        });

        it('step 6: natural consequences unless safety is at risk; the 2 in 3 came with a CRAFT counselor', () => {
          expect(step(6)).to.match(say.safety).and.match(say.counselor);
        });

        it('step 8: support for the family itself: the family helpline, family groups, CRAFT counselors, 988', () => {
          expect(familySteps.familyLine.number).to.equal('1-855-378-4373');
          expect(familySteps.familyLine.note.text).to.match(say.familyHelpline);
          expect(familySteps.familyLine.note.sources).to.deep.equal(['PEA']);
          const support = words(familySteps.support);
          expect(support).to.match(say.familyGroups).and.match(say.craftCounselor).and.match(say.lifeline);
        });

        it('says only what its sources say: trauma is one cause among others; a return to use is not failure (NIDA)', () => {
          expect(step(2)).to.match(say.trauma);
          expect(step(1)).to.match(say.notFailure);
          expect(step(1)).not.to.match(/stable home|hogar estable/);
          const returnToUse = familySteps.steps[0].body.at(-1) as Sourced;
          expect(returnToUse.sources).to.deep.equal(['NIDA-T']);
        });

        it('the helpline’s services name its ZIP-code text, which the call banner shows', () => {
          expect(common.helpline.services.text).to.match(say.zip);
          expect(common.helpline.services.sources).to.include('SAMHSA-FT');
        });
      });
    }
  });

  describe('the links that leave the page', () => {
    /** Every link in the content, with where it is. */
    function links(value: unknown, path = ''): { path: string; link: Link }[] {
      if (Array.isArray(value)) return value.flatMap((item, index) => links(item, `${path}[${index}]`));
      if (!value || typeof value !== 'object') return [];
      if ('href' in value) return [{ path, link: value as Link }];
      return Object.entries(value).flatMap(([key, inner]) => links(inner, path ? `${path}.${key}` : key));
    }

    for (const [language, content] of Object.entries(LANGUAGES)) {
      it(`go only to the official sites, over https, and name the site they lead to (${language})`, () => {
        const found = links(content);
        expect(found.map(({ link }) => new URL(link.href).hostname).sort()).to.deep.equal([
          '988lifeline.org',
          'drugfree.org',
          'findtreatment.gov',
          'www.cdc.gov',
        ]);
        for (const { path, link } of found) {
          const url = new URL(link.href);
          expect(url.protocol, path).to.equal('https:');
          expect(OFFICIAL_SITES, path).to.include(url.hostname);
          // The visible text says where the tap goes: the site's address.
          expect(link.text.toLowerCase(), path).to.contain(url.hostname.replace(/^www\./, ''));
        }
      });
    }

    it("point to CDC's guidance in the reader's language", () => {
      expect(en.familySteps.overdoseLink.href).to.equal('https://www.cdc.gov/stop-overdose/response/index.html');
      expect(es.familySteps.overdoseLink.href).to.equal(
        'https://www.cdc.gov/stop-overdose/es/response/que-hacer-si-cree-que-alguien-tiene-una-sobredosis.html',
      );
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
