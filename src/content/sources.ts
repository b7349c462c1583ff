/**
 * The public sources behind every medical statement the elements make.
 *
 * Content modules tag each statement with a `SourceKey`; this record turns a key
 * into a citation a clinic's medical reviewer can open and check. It is for tests
 * and documentation only: elements import the `SourceKey` type, never `SOURCES`,
 * so the citations stay out of the runtime bundle.
 */

export type SourceKey =
  | 'CDC-R'
  | 'CDC-N'
  | 'FDA-N'
  | 'SAMHSA-T'
  | 'SAMHSA-H'
  | 'SAMHSA-988'
  | 'NIDA-H'
  | 'HHS-M'
  | 'SAMHSA-COD'
  | 'CRAFT'
  | 'WI-N'
  | 'NIDA-W'
  | 'NIDA-T'
  | 'AHA-O'
  | 'CDC-F'
  | 'CDC-X'
  | 'SAMHSA-FT'
  | 'LIFELINE'
  | 'PEA';

export interface Citation {
  /** Who published it and its title, as a reviewer would cite it. */
  readonly citation: string;
  /** Where to read it (https). */
  readonly url: string;
}

export interface Source extends Citation {
  /** Companion documents the same key stands for (a Spanish page, a label, an update). */
  readonly related: readonly Citation[];
}

export const SOURCES: Readonly<Record<SourceKey, Source>> = {
  'CDC-R': {
    citation: 'Centers for Disease Control and Prevention (CDC). What to Do if You Think Someone Is Overdosing.',
    url: 'https://www.cdc.gov/stop-overdose/response/index.html',
    related: [
      {
        citation: 'CDC. Qué hacer si cree que alguien tiene una sobredosis (Spanish edition).',
        url: 'https://www.cdc.gov/stop-overdose/es/response/que-hacer-si-cree-que-alguien-tiene-una-sobredosis.html',
      },
    ],
  },
  'CDC-N': {
    citation: 'CDC. Lifesaving Naloxone.',
    url: 'https://www.cdc.gov/stop-overdose/caring/naloxone.html',
    related: [
      {
        citation: 'CDC. La naloxona y su poder de salvar vidas (Spanish edition).',
        url: 'https://www.cdc.gov/stop-overdose/es/caring/la-naloxona-y-su-poder-de-salvar-vidas.html',
      },
    ],
  },
  'FDA-N': {
    citation:
      'U.S. Food and Drug Administration (FDA). FDA Approves First Over-the-Counter Naloxone Nasal Spray (29 March 2023), and the Narcan (naloxone HCl) 4 mg nasal spray Drug Facts label.',
    url: 'https://www.fda.gov/news-events/press-announcements/fda-approves-first-over-counter-naloxone-nasal-spray',
    related: [
      {
        citation: 'FDA. FDA Approves Second Over-the-Counter Naloxone Nasal Spray Product (RiVive 3 mg, 28 July 2023).',
        url: 'https://www.fda.gov/drugs/news-events-human-drugs/fda-approves-second-over-counter-naloxone-nasal-spray-product',
      },
    ],
  },
  'SAMHSA-T': {
    citation:
      'Substance Abuse and Mental Health Services Administration (SAMHSA). Overdose Prevention and Response Toolkit. Publication PEP23-03-00-001 (earlier edition: Opioid Overdose Prevention Toolkit, SMA 18-4742).',
    url: 'https://store.samhsa.gov/product/overdose-prevention-and-response-toolkit/pep23-03-00-001',
    related: [],
  },
  'SAMHSA-H': {
    citation: "SAMHSA. SAMHSA's National Helpline, 1-800-662-HELP (4357), TTY 1-800-487-4889.",
    url: 'https://www.samhsa.gov/find-help/national-helpline',
    related: [],
  },
  'SAMHSA-988': {
    citation: 'SAMHSA. 988 Suicide & Crisis Lifeline: Frequently Asked Questions.',
    url: 'https://www.samhsa.gov/find-help/988/faqs',
    related: [],
  },
  'NIDA-H': {
    citation: 'National Institute on Drug Abuse (NIDA). Heroin Research Report.',
    url: 'https://nida.nih.gov/publications/research-reports/heroin',
    related: [
      { citation: 'NIDA. Heroin DrugFacts.', url: 'https://nida.nih.gov/publications/drugfacts/heroin' },
    ],
  },
  'HHS-M': {
    citation: 'U.S. Department of Health and Human Services (HHS). Medications to Treat Opioid Addiction.',
    url: 'https://www.hhs.gov/opioids/treatment/medications-to-treat-opioid-addiction/index.html',
    related: [
      {
        citation:
          'SAMHSA. TIP 63: Medications for Opioid Use Disorder (Treatment Improvement Protocol 63), publication PEP21-02-01-002.',
        url: 'https://store.samhsa.gov/product/tip-63-medications-opioid-use-disorder/pep21-02-01-002',
      },
    ],
  },
  'SAMHSA-COD': {
    citation:
      'SAMHSA. TIP 42: Substance Use Disorder Treatment for People With Co-Occurring Disorders (Treatment Improvement Protocol 42), publication PEP20-02-01-004.',
    url: 'https://store.samhsa.gov/product/tip-42-substance-use-treatment-persons-co-occurring-disorders/pep20-02-01-004',
    related: [],
  },
  CRAFT: {
    citation:
      'Roozen HG, de Waart R, van der Kroft P. Community reinforcement and family training: an effective option to engage treatment-resistant substance-abusing individuals in treatment. Addiction. 2010;105(10):1729–1738. doi:10.1111/j.1360-0443.2010.03016.x',
    url: 'https://doi.org/10.1111/j.1360-0443.2010.03016.x',
    related: [
      {
        citation: 'Partnership to End Addiction. CRAFT guidance for families: Skills to Help Your Child and Family Heal.',
        url: 'https://drugfree.org/article/skills-to-help-your-child-and-family-heal/',
      },
    ],
  },
  'WI-N': {
    citation: 'Wisconsin Department of Health Services. Opioids: Naloxone FAQ (naloxone blocks opioids for 30–90 minutes).',
    url: 'https://www.dhs.wisconsin.gov/opioids/naloxone-faq.htm',
    related: [],
  },
  'AHA-O': {
    citation:
      'American Heart Association (AHA). Opioid-Associated Emergency for Lay Responders Algorithm, 2020 AHA Guidelines for CPR and Emergency Cardiovascular Care.',
    url: 'https://cpr.heart.org/en/resuscitation-science/cpr-and-ecc-guidelines/algorithms',
    related: [
      {
        citation:
          'Panchal AR, et al. Part 3: Adult Basic and Advanced Life Support: 2020 AHA Guidelines for CPR and Emergency Cardiovascular Care. Circulation. 2020;142(16 suppl 2):S366–S468.',
        url: 'https://doi.org/10.1161/CIR.0000000000000916',
      },
      {
        citation: 'AHA. CPR and ECC Guidelines (hands-only CPR: 100 to 120 compressions a minute; dispatcher-assisted CPR).',
        url: 'https://cpr.heart.org/en/resuscitation-science/cpr-and-ecc-guidelines',
      },
    ],
  },
  'NIDA-W': {
    citation: 'NIDA. Words Matter: Preferred Language for Talking About Addiction.',
    url: 'https://nida.nih.gov/research-topics/addiction-science/words-matter-preferred-language-talking-about-addiction',
    related: [],
  },
  'NIDA-T': {
    citation: 'NIDA. Treatment and Recovery (Drugs, Brains, and Behavior: The Science of Addiction).',
    url: 'https://nida.nih.gov/publications/drugs-brains-behavior-science-addiction/treatment-recovery',
    related: [],
  },
  'CDC-F': {
    citation: 'CDC. Fentanyl Facts.',
    url: 'https://www.cdc.gov/stop-overdose/caring/fentanyl-facts.html',
    related: [
      {
        citation: 'CDC. Stop Overdose (fentanyl test strips; not using alone).',
        url: 'https://www.cdc.gov/stop-overdose/index.html',
      },
    ],
  },
  'CDC-X': {
    citation: 'CDC. What You Should Know About Xylazine.',
    url: 'https://www.cdc.gov/overdose-prevention/about/what-you-should-know-about-xylazine.html',
    related: [],
  },
  'SAMHSA-FT': {
    citation: "SAMHSA. FindTreatment.gov, the national treatment locator; and the National Helpline's text service (ZIP code to 435748, HELP4U).",
    url: 'https://findtreatment.gov/',
    related: [
      {
        citation: "SAMHSA. SAMHSA's National Helpline (text service).",
        url: 'https://www.samhsa.gov/find-help/national-helpline',
      },
    ],
  },
  LIFELINE: {
    citation: '988 Suicide & Crisis Lifeline (call, text or chat; what to expect; help in Spanish).',
    url: 'https://988lifeline.org/',
    related: [],
  },
  PEA: {
    citation:
      'Partnership to End Addiction. Helpline for families, 1-855-378-4373, English and Spanish (a call is set up with a specialist); family support and CRAFT.',
    url: 'https://drugfree.org/',
    related: [],
  },
};
