/**
 * English: the words of `<family-steps>`, and the sentences the overdose guidance
 * shares with them (written once, here). Part of `en.ts`; split off to keep
 * each file short. Source keys: see `sources.ts`.
 */

import type { FamilyStepsContent, Sourced } from './schema.js';

// Said by both `<overdose-signs>` and `<family-steps>`.
export const getNaloxone: Sourced = {
  text: 'You can get naloxone without a prescription. Drugstores sell it, and many health departments and programs give it free.',
  sources: ['CDC-N', 'FDA-N'],
};
export const fentanyl: Sourced = {
  text: 'Fentanyl, a strong opioid, is in most US overdose deaths. It is mixed into heroin, fake pills, cocaine, and meth, often without the person knowing.',
  sources: ['CDC-F'],
};
export const mixing: Sourced = {
  text: 'Heroin is far more likely to kill when mixed with alcohol, benzos, or other opioids.',
  sources: ['NIDA-H'],
};
export const textZip = 'Or text your ZIP code to 435748 (English only).';

export const familySteps: FamilyStepsContent = {
  heading: '8 steps to help a loved one who uses opioids',
  intro: 'Caring about someone who uses heroin or other opioids is hard. These steps can help you, and them.',
  stepLabel: (step) => `Step ${step}`,
  steps: [
    {
      title: 'Learn about the disease',
      summary: 'Opioid use disorder is a long-term disease. It can be treated.',
      body: [
        { text: 'Treatment often brings together:', sources: ['HHS-M'] },
        {
          items: [
            { text: 'Detox', sources: ['HHS-M'] },
            { text: 'Talk therapy', sources: ['HHS-M'] },
            { text: 'Help with life skills', sources: ['HHS-M'] },
            { text: 'Medicine', sources: ['HHS-M'] },
            { text: 'Support from peers in recovery', sources: ['HHS-M'] },
          ],
        },
        {
          text: 'Medicines are the standard of care: methadone, buprenorphine, and naltrexone.',
          sources: ['HHS-M'],
        },
        {
          text: 'A return to use can happen. It is not a failure: it means treatment needs to start again or change.',
          sources: ['NIDA-T'],
        },
      ],
    },
    {
      title: 'Look beyond the drug use',
      summary: 'Trauma and mental health often play a part.',
      body: [
        { text: 'Genes and life events, such as trauma, can lead to a substance use disorder.', sources: ['SAMHSA-COD'] },
        { text: 'Depression, anxiety, or PTSD often come with it.', sources: ['SAMHSA-COD'] },
        {
          text: 'Look for a program that treats both together: care for co-occurring disorders.',
          sources: ['SAMHSA-COD'],
        },
      ],
    },
    {
      title: 'Talk to a treatment professional',
      summary: 'Get advice now, even before your loved one is ready.',
      body: [
        'A counselor or doctor who treats drug use can help you make a plan.',
        {
          text: 'Find treatment near you:',
          link: { text: 'FindTreatment.gov', href: 'https://findtreatment.gov/' },
          sources: ['SAMHSA-FT'],
        },
        { text: textZip, sources: ['SAMHSA-FT'] },
        'Learn the words you will hear:',
        {
          items: [
            'Detox: care during withdrawal',
            'Inpatient: living at a treatment center for a time',
            'PHP (partial hospital program): treatment by day, home at night',
            'IOP (intensive outpatient program): a few sessions a week, living at home',
            'MOUD: medicines for opioid use disorder',
            '12-step: peer groups like Narcotics Anonymous',
          ],
        },
      ],
    },
    {
      title: 'Know the health risks',
      summary: 'Heroin and other opioids can harm the whole body.',
      body: [
        { text: 'Heroin use can lead to:', sources: ['NIDA-H'] },
        {
          items: [
            { text: 'Collapsed veins and skin infections where they inject', sources: ['NIDA-H'] },
            { text: 'Infection of the heart lining and valves', sources: ['NIDA-H'] },
            { text: 'Liver and kidney disease', sources: ['NIDA-H'] },
            { text: 'Lung problems, like pneumonia', sources: ['NIDA-H'] },
            { text: 'HIV and hepatitis B and C from shared needles or gear', sources: ['NIDA-H'] },
            { text: 'Problems in pregnancy, like withdrawal in the newborn', sources: ['NIDA-H'] },
          ],
        },
        mixing,
        fentanyl,
      ],
    },
    {
      title: 'Be ready for an overdose',
      summary: 'Keep naloxone at home and know what to do.',
      body: [
        getNaloxone,
        { text: 'Keep it where everyone at home knows, and learn how to use it.', sources: ['CDC-N'] },
        {
          text: 'After a break from use (detox, treatment, a hospital stay, or jail), the old amount can kill. That is when overdose risk is highest.',
          sources: ['SAMHSA-T', 'NIDA-H'],
        },
        {
          text: 'Ask your loved one never to use alone, so someone can call for help and give naloxone. Fentanyl test strips can show if a drug has fentanyl in it.',
          sources: ['CDC-F'],
        },
      ],
    },
    {
      title: 'Set healthy limits',
      summary: 'Be warm and firm. It works better than "tough love."',
      body: [
        'Protect your own safety: no drug use in your home, no money that could buy drugs, and clear rules.',
        {
          text: 'A warm, firm approach works better than "tough love" or waiting for "rock bottom." A method called CRAFT teaches families to:',
          sources: ['CRAFT'],
        },
        {
          items: [
            { text: 'Talk calmly, without blame', sources: ['CRAFT'] },
            { text: 'Reward days without drug use', sources: ['CRAFT'] },
            { text: 'Let drug use bring its natural consequences, unless safety is at risk', sources: ['CRAFT'] },
            { text: 'Take care of themselves', sources: ['CRAFT'] },
          ],
        },
        {
          text: 'In studies, about 2 in 3 families who worked with a CRAFT counselor got their loved one into treatment. That is 3 times as many as Al-Anon or Nar-Anon, and twice as many as a planned confrontation.',
          sources: ['CRAFT'],
        },
      ],
    },
    {
      title: 'Stay in touch',
      summary: 'Keep the door open, even when it is hard.',
      body: [
        'Being cut off from others can feed drug use. Keep talking and check in often. Know who they spend time with.',
        'If they have left home, keep a line open through friends.',
      ],
    },
    {
      title: 'Have help ready',
      summary: 'When your loved one says yes, be ready to act.',
      body: ['Make a list of places to call now.'],
    },
  ],
  overdoseCall: {
    text: (n) => `If you think it is an overdose, call ${n} right away.`,
    sources: ['CDC-R'],
  },
  overdoseLink: {
    text: 'Signs of an overdose and what to do (cdc.gov)',
    href: 'https://www.cdc.gov/stop-overdose/response/index.html',
  },
  resourcesHeading: 'Places to find help',
  resources: [
    'Narcotics Anonymous (NA) and other 12-step groups',
    'Faith communities',
    'Volunteer and peer recovery groups',
  ],
  supportHeading: 'Support for you, too',
  familyLine: {
    name: 'Partnership to End Addiction',
    number: '1-855-378-4373',
    site: { text: 'drugfree.org', href: 'https://drugfree.org/' },
    note: {
      text: 'Help for families, in English and Spanish. Call to set a time to talk with a specialist.',
      sources: ['PEA'],
    },
  },
  support: [
    {
      items: [
        { text: 'Family groups, like Nar-Anon or SMART Recovery Family & Friends', sources: ['PEA'] },
        { text: 'A counselor trained in CRAFT', sources: ['CRAFT', 'PEA'] },
      ],
    },
    {
      text: 'In a crisis? Call or text 988 any time, or chat online:',
      link: { text: '988lifeline.org', href: 'https://988lifeline.org/' },
      sources: ['LIFELINE', 'SAMHSA-988'],
    },
  ],
  closing: 'There is no sure way to help. But steady support from family and friends makes a real difference.',
};
