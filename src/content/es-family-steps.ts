/**
 * Spanish: the words of `<family-steps>`, and the sentences the overdose guidance
 * shares with them (written once, here). Part of `es.ts`; split off to keep
 * each file short. Source keys: see `sources.ts`.
 */

import type { FamilyStepsContent, Sourced } from './schema.js';

// Said by both `<overdose-signs>` and `<family-steps>`.
export const getNaloxone: Sourced = {
  text: 'Puede conseguir naloxona sin receta. La venden en las farmacias, y muchos departamentos de salud y programas la dan gratis.',
  sources: ['CDC-N', 'FDA-N'],
};
export const fentanyl: Sourced = {
  text: 'El fentanilo, un opioide muy potente, está en la mayoría de las muertes por sobredosis en EE. UU. Lo mezclan con heroína, pastillas falsas, cocaína y metanfetamina. Muchas veces, la persona no lo sabe.',
  sources: ['CDC-F'],
};
export const mixing: Sourced = {
  text: 'La heroína mata con más facilidad si se mezcla con alcohol, "benzos" u otros opioides.',
  sources: ['NIDA-H'],
};
export const textZip = 'O mande su código postal por mensaje de texto al 435748 (solo en inglés).';

export const familySteps: FamilyStepsContent = {
  heading: '8 pasos para ayudar a un ser querido que consume opioides',
  intro: 'Cuando un ser querido consume heroína u otros opioides, toda la familia sufre. Estos pasos pueden ayudarles a todos.',
  stepLabel: (step) => `Paso ${step}`,
  steps: [
    {
      title: 'Conozca la enfermedad',
      summary: 'El trastorno por consumo de opioides es una enfermedad crónica. Tiene tratamiento.',
      body: [
        { text: 'El tratamiento suele combinar:', sources: ['HHS-M'] },
        {
          items: [
            { text: 'Desintoxicación (detox)', sources: ['HHS-M'] },
            { text: 'Terapia con un consejero', sources: ['HHS-M'] },
            { text: 'Ayuda con las tareas de la vida diaria', sources: ['HHS-M'] },
            { text: 'Medicamentos', sources: ['HHS-M'] },
            { text: 'Apoyo de otras personas en recuperación', sources: ['HHS-M'] },
          ],
        },
        {
          text: 'Los medicamentos son el tratamiento recomendado: metadona, buprenorfina y naltrexona.',
          sources: ['HHS-M'],
        },
        {
          text: 'Volver a consumir puede pasar, y no es un fracaso: quiere decir que hay que retomar o cambiar el tratamiento.',
          sources: ['NIDA-T'],
        },
      ],
    },
    {
      title: 'Mire más allá del consumo',
      summary: 'El trauma y la salud mental suelen influir.',
      body: [
        {
          text: 'Los genes y lo que uno ha vivido, como un trauma, pueden llevar a un trastorno por consumo de sustancias.',
          sources: ['SAMHSA-COD'],
        },
        {
          text: 'A menudo lo acompañan la depresión, la ansiedad o el trastorno de estrés postraumático (TEPT).',
          sources: ['SAMHSA-COD'],
        },
        {
          text: 'Busque un programa que trate las dos cosas a la vez: tratamiento de trastornos concurrentes.',
          sources: ['SAMHSA-COD'],
        },
      ],
    },
    {
      title: 'Hable con un profesional de tratamiento',
      summary: 'Pida consejo desde ahora, aunque su ser querido no esté listo.',
      body: [
        'Un consejero o un médico que trate el consumo de drogas puede ayudarle a hacer un plan.',
        {
          text: 'Busque tratamiento cerca de usted:',
          link: { text: 'FindTreatment.gov', href: 'https://findtreatment.gov/' },
          sources: ['SAMHSA-FT'],
        },
        { text: textZip, sources: ['SAMHSA-FT'] },
        'Conozca las palabras que va a oír:',
        {
          items: [
            'Desintoxicación (detox): atención durante la abstinencia',
            'Tratamiento residencial (inpatient): vivir un tiempo en un centro',
            'PHP (siglas en inglés de hospitalización parcial): tratamiento de día, y la noche en casa',
            'IOP (siglas en inglés de programa ambulatorio intensivo): varias sesiones por semana, sin dejar la casa',
            'MOUD (siglas en inglés): medicamentos para el trastorno por consumo de opioides',
            '12 pasos: grupos de ayuda mutua como Narcóticos Anónimos',
          ],
        },
      ],
    },
    {
      title: 'Conozca los riesgos para la salud',
      summary: 'La heroína y otros opioides pueden dañar todo el cuerpo.',
      body: [
        { text: 'El consumo de heroína puede causar:', sources: ['NIDA-H'] },
        {
          items: [
            { text: 'Venas dañadas (colapsadas) e infecciones de la piel donde se inyecta', sources: ['NIDA-H'] },
            { text: 'Infecciones del corazón, en su revestimiento y sus válvulas', sources: ['NIDA-H'] },
            { text: 'Enfermedades del hígado y los riñones', sources: ['NIDA-H'] },
            { text: 'Problemas de los pulmones, como la neumonía', sources: ['NIDA-H'] },
            { text: 'VIH y hepatitis B y C por compartir agujas u otro material', sources: ['NIDA-H'] },
            { text: 'Problemas en el embarazo, como la abstinencia en el recién nacido', sources: ['NIDA-H'] },
          ],
        },
        mixing,
        fentanyl,
      ],
    },
    {
      title: 'Prepárese para una sobredosis',
      summary: 'Tenga naloxona en casa y sepa qué hacer.',
      body: [
        getNaloxone,
        { text: 'Guárdela donde todos en casa sepan, y aprenda a usarla.', sources: ['CDC-N'] },
        {
          text: 'Después de un tiempo sin consumir (por desintoxicación, tratamiento, hospital o cárcel), la cantidad de antes puede matar. En ese momento, el riesgo de sobredosis es más alto.',
          sources: ['SAMHSA-T', 'NIDA-H'],
        },
        {
          text: 'Pídale a su ser querido que nunca consuma a solas, para que alguien pueda pedir ayuda y darle naloxona. Las tiras reactivas de fentanilo pueden mostrar si una droga lo contiene.',
          sources: ['CDC-F'],
        },
      ],
    },
    {
      title: 'Ponga límites sanos',
      summary: 'Actúe con cariño y firmeza: funciona mejor que la "mano dura".',
      body: [
        'Cuide su propia seguridad: nada de drogas en su casa, nada de dinero que pueda servir para comprarlas, y reglas claras.',
        {
          text: 'Un trato cariñoso y firme funciona mejor que la "mano dura" o que esperar a que "toque fondo". Un método llamado CRAFT enseña a las familias a:',
          sources: ['CRAFT'],
        },
        {
          items: [
            { text: 'Hablar con calma, sin culpar', sources: ['CRAFT'] },
            { text: 'Premiar los días sin consumo', sources: ['CRAFT'] },
            { text: 'Dejar que el consumo traiga sus consecuencias naturales, salvo si hay peligro', sources: ['CRAFT'] },
            { text: 'Cuidarse a sí mismas', sources: ['CRAFT'] },
          ],
        },
        {
          text: 'En estudios, unas 2 de cada 3 familias que trabajaron con un consejero de CRAFT lograron que su ser querido empezara un tratamiento. Es el triple que con Al-Anon o Nar-Anon, y el doble que con una confrontación planeada.',
          sources: ['CRAFT'],
        },
      ],
    },
    {
      title: 'Manténgase en contacto',
      summary: 'Deje la puerta abierta, aunque cueste.',
      body: [
        'Estar aislado puede empeorar el consumo. Siga hablando y pregúntele cómo está. Sepa con quién pasa el tiempo.',
        'Si su ser querido ya no vive en casa, mantenga el contacto a través de amigos.',
      ],
    },
    {
      title: 'Tenga la ayuda a mano',
      summary: 'Cuando su ser querido diga que sí, actúe sin demora.',
      body: [
        'Haga desde ahora una lista de lugares a donde llamar.',
      ],
    },
  ],
  overdoseCall: {
    text: (n) => `Si cree que es una sobredosis, llame al ${n} de inmediato.`,
    sources: ['CDC-R'],
  },
  overdoseLink: {
    text: 'Los signos de una sobredosis y qué hacer (cdc.gov)',
    href: 'https://www.cdc.gov/stop-overdose/es/response/que-hacer-si-cree-que-alguien-tiene-una-sobredosis.html',
  },
  resourcesHeading: 'Dónde encontrar ayuda',
  resources: [
    'Narcóticos Anónimos (NA) y otros grupos de 12 pasos',
    'Iglesias y otras comunidades de fe',
    'Grupos de voluntarios y de apoyo entre personas en recuperación',
  ],
  supportHeading: 'Usted también necesita apoyo',
  familyLine: {
    name: 'Partnership to End Addiction',
    number: '1-855-378-4373',
    site: { text: 'drugfree.org', href: 'https://drugfree.org/' },
    note: {
      text: 'Ayuda para familias, en español e inglés. Llame para hacer una cita con un especialista.',
      sources: ['PEA'],
    },
  },
  support: [
    {
      items: [
        { text: 'Grupos para familias, como Nar-Anon o SMART Recovery Family & Friends', sources: ['PEA'] },
        { text: 'Un consejero capacitado en CRAFT', sources: ['CRAFT', 'PEA'] },
      ],
    },
    {
      text: '¿En crisis? Llame o mande un mensaje al 988 a cualquier hora (para español, marque 2 o escriba AYUDA), o chatee en:',
      link: { text: '988lifeline.org', href: 'https://988lifeline.org/' },
      sources: ['LIFELINE', 'SAMHSA-988'],
    },
  ],
  closing: 'No hay una fórmula segura. Pero el apoyo constante de la familia y los amigos ayuda mucho.',
};
