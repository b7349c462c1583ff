/**
 * Spanish, for families in the US: "usted", and the terms of CDC's Spanish pages
 * [CDC-R, CDC-N] ("signos de sobredosis", "pérdida del conocimiento", "atomizador
 * nasal", "coloque a la persona de costado", "Ley del Buen Samaritano"…).
 * Written from the English meaning, not word for word. Source keys: see `sources.ts`.
 */

import type { Content } from './schema.js';

export const es: Content = {
  common: {
    call: (number) => `Llamar al ${number}`,
    text: (number) => `Enviar texto al ${number}`,
    callEmergency: (number) => `Llamar al ${number}, servicios de emergencia`,
    helpline: {
      name: 'Línea Nacional de Ayuda de SAMHSA',
      number: '1-800-662-4357',
      note: {
        text: 'Gratuita, confidencial, 24/7, en español e inglés.',
        sources: ['SAMHSA-H'],
      },
      services: { text: 'Le ayudan a encontrar tratamiento cerca de usted. TTY: 1-800-487-4889.', sources: ['SAMHSA-H'] },
    },
  },

  overdoseSigns: {
    heading: 'Signos de una sobredosis de opioides',
    intro: {
      text: 'Puede ser difícil saber si alguien está muy drogado o tiene una sobredosis. Si no está seguro, actúe como si fuera una sobredosis: podría salvar una vida.',
      sources: ['CDC-R'],
    },
    signsHeading: 'Fíjese en estos signos',
    signs: [
      {
        text: 'Pérdida del conocimiento: no despierta aunque le grite o le frote fuerte el centro del pecho.',
        sources: ['CDC-R'],
      },
      { text: 'Respiración lenta o superficial, o no respira.', sources: ['CDC-R'] },
      { text: 'Sonidos de atragantamiento, gorjeos o ronquidos.', sources: ['CDC-R'] },
      { text: 'Labios y yemas de los dedos azulados, grisáceos o cenicientos.', sources: ['CDC-R'] },
      { text: 'Pupilas pequeñas, como de "punta de alfiler".', sources: ['CDC-R'] },
      { text: 'Cuerpo flojo, sin fuerza.', sources: ['CDC-R'] },
      { text: 'Piel pálida, fría o húmeda.', sources: ['CDC-R'] },
    ],
    actHeading: 'Qué hacer',
    act: [
      {
        title: (n) => `Llame al ${n} ahora`,
        text: () => 'Diga que la persona no respira o no se despierta.',
        sources: ['CDC-R', 'SAMHSA-T'],
      },
      {
        title: () => 'Administre naloxona',
        text: () => 'Si la tiene, aplíquela en una fosa nasal. Si no la tiene, pase al siguiente paso.',
        sources: ['CDC-R', 'FDA-N'],
      },
      {
        title: () => 'Ayúdela a respirar',
        text: () =>
          'Si tiene capacitación, dele respiración de rescate. Si respira, coloque a la persona de costado para que no se asfixie.',
        sources: ['CDC-R', 'SAMHSA-T'],
      },
      {
        title: () => '¿No responde después de 2 a 3 minutos? Dé una segunda dosis',
        text: () => 'Use un dispositivo nuevo, en la otra fosa nasal.',
        sources: ['FDA-N', 'CDC-N'],
      },
      {
        title: () => 'Quédese con la persona',
        text: (n) =>
          `La naloxona deja de hacer efecto en 30 a 90 minutos y la sobredosis puede volver. Llame al ${n} aunque se despierte.`,
        sources: ['WI-N', 'FDA-N'],
      },
    ],
    dontHeading: 'Qué no hacer',
    donts: [
      { text: 'No le dé bofetadas ni golpes.', sources: ['SAMHSA-T'] },
      { text: 'No la meta en un baño o una ducha de agua fría.', sources: ['SAMHSA-T'] },
      { text: 'No le inyecte nada.', sources: ['SAMHSA-T'] },
      { text: 'No intente hacerla vomitar.', sources: ['SAMHSA-T'] },
    ],
    naloxoneHeading: 'Sobre la naloxona (Narcan)',
    naloxone: [
      {
        text: 'La naloxona es un medicamento que puede revertir una sobredosis de opioides. No hace daño si la sobredosis no es por opioides.',
        sources: ['CDC-N'],
      },
      {
        text: 'Desde 2023, las farmacias de EE. UU. venden sin receta el atomizador nasal de naloxona: Narcan 4 mg, RiVive 3 mg o uno genérico de 4 mg.',
        sources: ['FDA-N', 'CDC-N'],
      },
      {
        text: 'Para usarla, ponga la punta en una fosa nasal y presione el émbolo con firmeza.',
        sources: ['FDA-N'],
      },
    ],
    moreHeading: 'Es bueno saber',
    waking: {
      text: 'Al despertar, la persona puede tener síntomas de abstinencia: temblores, sudor, náuseas o enojo. Es lo esperado. Mantenga la calma.',
      sources: ['FDA-N'],
    },
    mixing: {
      text: 'Mezclar heroína con alcohol, benzodiacepinas u otros opioides aumenta mucho el riesgo de una sobredosis mortal.',
      sources: ['NIDA-H'],
    },
    goodSamaritan: {
      text: 'La mayoría de los estados tienen leyes del Buen Samaritano que pueden proteger de algunas sanciones penales a quien pide ayuda y a la persona con la sobredosis.',
      sources: ['CDC-R'],
    },
    guide: {
      start: 'Mostrarme qué hacer, paso a paso',
      label: 'Guía paso a paso',
      back: 'Atrás',
      next: 'Siguiente',
      close: 'Cerrar',
      readAloud: 'Leer en voz alta',
      callTitle: (n) => `Llame al ${n} ahora`,
      callSay: [
        { text: 'Diga: "Alguien no respira" o "Alguien no se despierta".', sources: ['SAMHSA-T', 'CDC-R'] },
        { text: 'Dé la dirección o diga dónde está.', sources: ['SAMHSA-T', 'CDC-R'] },
        { text: 'Ponga el teléfono en altavoz. Le dirán qué hacer.', sources: ['AHA-O'] },
      ],
      checkTitle: '¿Está respirando?',
      checkHow: { text: 'Mire su pecho y escuche. Boquear no es respirar.', sources: ['AHA-O'] },
      breathingYes: 'Está respirando',
      breathingNo: 'No respira, o solo boquea',
      sideTitle: 'Coloque a la persona de costado',
      sideSteps: [
        { text: 'Póngala de costado para que no se ahogue.', sources: ['CDC-R', 'SAMHSA-T'] },
        { text: 'Vigile su respiración. Quédese con ella.', sources: ['CDC-R', 'SAMHSA-T'] },
      ],
      cprTitle: 'Empuje fuerte y rápido en el pecho',
      cprSteps: [
        {
          text: 'Ponga las manos en el centro del pecho. Empuje al ritmo: de 100 a 120 veces por minuto.',
          sources: ['AHA-O'],
        },
        { text: '¿Sabe dar RCP? Dé 2 respiraciones después de cada 30 compresiones.', sources: ['AHA-O'] },
        {
          text: 'No espere a tener naloxona. Siga empujando hasta que respire o llegue la ayuda.',
          sources: ['AHA-O'],
        },
      ],
      beatSound: ['Activar el sonido', 'Apagar el sonido'],
      wokeUp: 'Se despertó',
      naloxoneHow: { text: '¿Tiene naloxona? Rocíela en una fosa nasal.', sources: ['CDC-R', 'FDA-N'] },
      gaveNaloxone: 'Ya le di naloxona',
      gaveAnother: 'Ya le di otra dosis',
      timer: {
        label: 'Vuelva a revisar en',
        oneMinute: 'Queda un minuto.',
        done: 'Se acabó el tiempo. Revise a la persona ahora.',
        instruction: {
          text: '¿No responde? Administre otra dosis en la otra fosa nasal, con un dispositivo nuevo.',
          sources: ['FDA-N', 'CDC-N', 'AHA-O'],
        },
      },
      awakeTitle: 'Quédese con la persona hasta que llegue la ayuda',
      awakeSteps: [
        {
          text: 'La naloxona deja de hacer efecto en 30 a 90 minutos, y la sobredosis puede volver. No cancele la ambulancia.',
          sources: ['WI-N', 'FDA-N'],
        },
        { text: 'Puede sentirse mal, temblar o enojarse. Es normal.', sources: ['FDA-N'] },
        {
          text: 'No deje que vuelva a consumir. Si le da mucho sueño, colóquela de costado y vigile su respiración.',
          sources: ['SAMHSA-T', 'CDC-R'],
        },
      ],
      recordTitle: 'Para los paramédicos',
      recordLines: ['Se llamó al', 'Naloxona, dosis', 'Empezó la RCP', 'Se despertó'],
    },
  },

  familySteps: {
    heading: '8 pasos para ayudar a un ser querido que consume opioides',
    intro: 'Querer a alguien que consume heroína u otros opioides es difícil. Estos pasos pueden ayudarles a usted y a su ser querido.',
    stepLabel: (step) => `Paso ${step}`,
    steps: [
      {
        title: 'Conozca la enfermedad',
        summary: 'El trastorno por consumo de opioides es una enfermedad crónica. Tiene tratamiento.',
        body: [
          { text: 'El tratamiento suele combinar:', sources: ['HHS-M'] },
          {
            items: [
              { text: 'Desintoxicación (detox), para pasar la abstinencia sin riesgos', sources: ['HHS-M'] },
              { text: 'Terapia conductual', sources: ['HHS-M'] },
              { text: 'Apoyo para las tareas de la vida diaria', sources: ['HHS-M'] },
              { text: 'Medicamentos', sources: ['HHS-M'] },
              { text: 'Apoyo de otras personas en recuperación', sources: ['HHS-M'] },
            ],
          },
          {
            text: 'Los medicamentos para el trastorno por consumo de opioides son el tratamiento de referencia: metadona, buprenorfina y naltrexona.',
            sources: ['HHS-M'],
          },
          {
            text: 'Volver a consumir puede pasar y no es un fracaso. Un hogar estable, el trabajo y el apoyo de la familia reducen ese riesgo.',
            sources: ['HHS-M'],
          },
        ],
      },
      {
        title: 'Mire más allá del consumo',
        summary: 'El trauma y la salud mental suelen influir.',
        body: [
          {
            text: 'Los genes y lo vivido, sobre todo el trauma, pueden llevar a un trastorno por consumo de sustancias.',
            sources: ['SAMHSA-COD'],
          },
          {
            text: 'A menudo la acompañan la depresión, la ansiedad o el trastorno de estrés postraumático (TEPT).',
            sources: ['SAMHSA-COD'],
          },
          {
            text: 'Busque un programa que trate ambos a la vez: se llama tratamiento de trastornos concurrentes.',
            sources: ['SAMHSA-COD'],
          },
        ],
      },
      {
        title: 'Hable con un profesional de tratamiento',
        summary: 'Pida orientación ya, aunque su ser querido todavía no esté listo.',
        body: [
          'Un consejero o médico que trate el consumo de drogas puede ayudarle a hacer un plan y a encontrar apoyo cerca.',
          'Conozca las palabras que va a oír:',
          {
            items: [
              'Desintoxicación (detox): atención durante la abstinencia',
              'Tratamiento residencial (inpatient): vivir un tiempo en un centro de tratamiento',
              'PHP (hospitalización parcial): tratamiento de día, la noche en casa',
              'IOP (ambulatorio intensivo): varias sesiones por semana, viviendo en casa',
              'MOUD: medicamentos para el trastorno por consumo de opioides',
              '12 pasos: grupos de apoyo mutuo como Narcóticos Anónimos',
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
              { text: 'Venas colapsadas e infecciones de la piel donde se inyecta', sources: ['NIDA-H'] },
              { text: 'Infección del revestimiento y las válvulas del corazón', sources: ['NIDA-H'] },
              { text: 'Enfermedades del hígado y los riñones', sources: ['NIDA-H'] },
              { text: 'Problemas pulmonares, como la neumonía', sources: ['NIDA-H'] },
              { text: 'VIH y hepatitis B y C por compartir agujas o material de inyección', sources: ['NIDA-H'] },
              { text: 'Problemas en el embarazo, como la abstinencia en el recién nacido', sources: ['NIDA-H'] },
            ],
          },
          {
            text: 'Mezclar heroína con alcohol u otras drogas que deprimen el cuerpo puede ser mortal.',
            sources: ['NIDA-H'],
          },
        ],
      },
      {
        title: 'Prepárese para una sobredosis',
        summary: 'Tenga naloxona en casa y sepa qué hacer.',
        body: [
          {
            text: 'Puede comprar naloxona en la farmacia sin receta médica. Aprenda a usarla.',
            sources: ['CDC-N', 'FDA-N'],
          },
        ],
      },
      {
        title: 'Ponga límites sanos',
        summary: 'Actúe con cariño y firmeza: da mejor resultado que la "mano dura".',
        body: [
          'Proteja su seguridad: nada de drogas en su casa, nada de dinero que sirva para comprarlas, y reglas claras.',
          {
            text: 'Un trato cariñoso y firme da mejor resultado que la "mano dura" o que esperar a que "toque fondo". Un método llamado CRAFT enseña a las familias a:',
            sources: ['CRAFT'],
          },
          {
            items: [
              { text: 'Hablar con calma, sin culpar', sources: ['CRAFT'] },
              { text: 'Premiar los días sin consumo', sources: ['CRAFT'] },
              { text: 'Dejar que el consumo traiga sus consecuencias naturales', sources: ['CRAFT'] },
              { text: 'Cuidarse a sí mismas', sources: ['CRAFT'] },
            ],
          },
          {
            text: 'En estudios, unas 2 de cada 3 familias que aprendieron CRAFT lograron que su ser querido empezara tratamiento: 3 veces más que con Al-Anon o Nar-Anon, y el doble que con una confrontación planeada.',
            sources: ['CRAFT'],
          },
        ],
      },
      {
        title: 'Manténgase en contacto',
        summary: 'Deje la puerta abierta, aunque cueste.',
        body: [
          'El aislamiento puede alimentar el consumo. Siga hablando con su ser querido y pregúntele cómo está. Sepa con quién pasa el tiempo.',
          'Si se fue de la casa, mantenga el contacto a través de amigos.',
        ],
      },
      {
        title: 'Tenga la ayuda a mano',
        summary: 'Cuando su ser querido diga que sí, actúe sin demora.',
        body: [
          'Haga ahora una lista de lugares a los que llamar, para actuar rápido cuando su ser querido acepte ayuda.',
        ],
      },
    ],
    overdoseCall: {
      text: (n) => `Si cree que es una sobredosis, llame al ${n} de inmediato.`,
      sources: ['CDC-R'],
    },
    overdoseLink: 'Conozca los signos de una sobredosis y qué hacer',
    resourcesHeading: 'Dónde encontrar ayuda',
    resources: [
      'Narcóticos Anónimos (NA) y otros grupos de 12 pasos',
      'Comunidades de fe',
      'Grupos de voluntarios y de apoyo entre personas en recuperación',
    ],
    closing: 'No hay una fórmula que funcione siempre. Pero el apoyo constante de la familia y los amigos marca una diferencia real.',
  },

  callBanner: {
    label: 'Ayuda por teléfono',
    message: '¿Le preocupa un ser querido? Hable con alguien que puede ayudarle.',
    messageFor: (org) => `¿Le preocupa un ser querido? Hable con alguien de ${org} que puede ayudarle.`,
    callName: (phone, who) => `Llamar al ${phone}, ${who}`,
    hours: (hours) => `Horario: ${hours}`,
    lifeline: {
      text: 'También puede llamar o enviar un texto al 988, la Línea de Prevención del Suicidio y Crisis, en una crisis por drogas o si le preocupa un ser querido.',
      sources: ['SAMHSA-988'],
    },
    emergency: { text: (n) => `Ante una sobredosis, llame al ${n}.`, sources: ['CDC-R'] },
    dismiss: 'Ocultar este mensaje',
  },
};
