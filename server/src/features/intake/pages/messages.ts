/**
 * Every word the public pages show, in French (the default) and English. The English table is
 * typed by the French one, so a key missing in either language fails the typecheck. Category
 * names, hints and helplines come from the jurisdiction pack, not from here.
 */
import type { ItemPublicStatus, PublicStatus } from '../index.ts';
import { counter } from './plural.ts';

// Every message with a count goes through these (Intl.PluralRules): "0 caractère", "0 characters".
const countFr = counter('fr-FR');
const countEn = counter('en-GB');

const fr = {
  locale: 'fr-FR',
  siteName: 'Vigie',
  siteTagline: 'Signalement de contenus illicites en ligne',
  skipLink: 'Aller au contenu principal',
  otherLanguage: { label: 'English', title: 'Read this page in English', lang: 'en' },
  footer: 'Signalement anonyme. Aucune adresse IP n’est enregistrée. Aucun traceur, aucune publicité.',
  transparencyLink: 'Nos chiffres annuels',
  errorTitlePrefix: 'Erreur : ',

  danger: {
    title: 'Quelqu’un est en danger ?',
    text: 'Ce formulaire n’est pas un service d’urgence. Si une personne est en danger, appelez :',
  },

  form: {
    title: 'Signaler un contenu illicite',
    intro:
      'Vous avez vu en ligne une image, une vidéo ou un texte qui vous semble illégal ? Signalez-le ici. ' +
      'C’est anonyme : nous ne vous demandons pas qui vous êtes.',
    doNotShare:
      'Ne téléchargez pas et ne partagez pas le contenu, même pour nous le montrer : l’adresse de la page suffit.',
    categoryLegend: 'Qu’avez-vous vu ?',
    categoryHint: 'Choisissez ce qui s’en rapproche le plus. En cas de doute, choisissez « Autre ».',
    urlsLabel: 'Adresse de la page',
    urlsHint:
      'Une adresse par ligne, 50 au plus. Copiez-la depuis la barre d’adresse de votre navigateur, ' +
      'par exemple https://exemple.fr/page.',
    /** Live counters: the page script fills {n} and picks the form with the same plural rules. */
    urlsCount: { one: '{n} adresse sur 50', other: '{n} adresses sur 50' },
    descriptionLabel: 'Description (facultatif)',
    descriptionHint:
      'Ce qui vous a alerté, où se trouve le contenu sur la page… N’y indiquez ni votre nom ni vos coordonnées.',
    descriptionCount: { one: '{n} caractère sur 5 000', other: '{n} caractères sur 5 000' },
    emailLabel: 'Votre adresse e-mail (facultatif)',
    emailHint:
      'Seulement si vous souhaitez être informé de la suite. Elle est chiffrée et n’est jamais transmise.',
    privacyTitle: 'Ce que nous conservons',
    privacy: (contactRetentionDays: number) => [
      'Aucune adresse IP : ni la vôtre, ni aucune information sur votre connexion.',
      'Votre signalement (catégorie, adresses, description) est conservé aussi longtemps que la loi l’exige.',
      `Votre adresse e-mail, si vous la donnez, est chiffrée et effacée au bout de ${countFr(contactRetentionDays, '{n} jour', '{n} jours')}, ` +
        'ou avec le signalement si celui-ci est supprimé avant.',
      'Le signalement est anonyme : personne ne sait qui vous êtes, sauf si vous l’écrivez vous-même.',
    ],
    submit: 'Envoyer le signalement',
  },

  errors: {
    summaryTitle: 'Le formulaire n’a pas été envoyé',
    summaryIntro: 'Corrigez ce qui suit, puis envoyez-le à nouveau. Ce que vous avez saisi a été conservé.',
    categoryMissing: 'Choisissez ce que vous avez vu.',
    categoryUnknown: 'Choisissez ce que vous avez vu dans la liste proposée.',
    urlsMissing: 'Indiquez l’adresse d’au moins une page.',
    urlsTooMany: (n: number) =>
      countFr(
        n,
        'Vous avez indiqué {n} adresse : 50 au plus par signalement.',
        'Vous avez indiqué {n} adresses : 50 au plus par signalement.',
      ),
    urlInvalid: (line: number, value: string) =>
      `Ligne ${line} : « ${value} » n’est pas une adresse web valide.`,
    urlScheme: (line: number, value: string) =>
      `Ligne ${line} : « ${value} » doit être une adresse web commençant par http:// ou https://.`,
    urlTooLong: (line: number) => `Ligne ${line} : l’adresse est trop longue (2 048 caractères au plus).`,
    moreUrlErrors: (n: number) =>
      countFr(n, '… et {n} autre ligne à corriger.', '… et {n} autres lignes à corriger.'),
    descriptionTooLong: (n: number) =>
      countFr(
        n,
        'La description compte {n} caractère : 5 000 au plus.',
        'La description compte {n} caractères : 5 000 au plus.',
      ),
    emailInvalid: 'Cette adresse e-mail ne semble pas valide (exemple : nom@exemple.fr).',
    repeatedField: (field: string) => `Le champ « ${field} » a été envoyé plusieurs fois.`,
    unknownFields: (fields: string) => `Le formulaire contenait des champs inattendus : ${fields}.`,
    rateLimited:
      'Trop de signalements ont été envoyés depuis cette connexion. Patientez quelques minutes puis réessayez : ' +
      'ce que vous avez saisi est conservé ci-dessous.',
    codeMissing: 'Saisissez votre numéro de suivi.',
    codeMalformed: 'Un numéro de suivi ressemble à VG-7K3M-9QX2.',
    secretMissing: 'Saisissez votre code secret.',
    secretMalformed: 'Un code secret compte 24 caractères, par exemple 7K3M-9QX2-…',
    formExpired:
      'Ce formulaire n’a pas pu être vérifié (il est peut-être trop ancien). Vérifiez ce que vous avez saisi, ' +
      'puis envoyez-le à nouveau.',
  },

  fieldNames: {
    category: 'Qu’avez-vous vu ?',
    urls: 'Adresse de la page',
    description: 'Description',
    contact_email: 'Adresse e-mail',
    code: 'Numéro de suivi',
    secret: 'Code secret',
  },

  receipt: {
    title: 'Signalement reçu. Merci.',
    intro: 'Votre signalement est enregistré. Un analyste va l’examiner.',
    codeLabel: 'Numéro de suivi',
    secretLabel: 'Code secret',
    onceTitle: 'Notez ces deux codes maintenant',
    once:
      'Une fois cette page quittée, le code secret ne pourra plus être affiché. Nous ne le conservons pas en clair et ne pouvons pas le retrouver. ' +
      'Sans lui, personne ne peut consulter votre signalement.',
    copy: 'Copier',
    copied: 'Copié',
    download: 'Télécharger dans un fichier texte',
    print: 'Imprimer',
    followTitle: 'Suivre votre signalement',
    follow:
      'Revenez dans quelques jours sur la page de suivi et saisissez ces deux codes : vous y verrez où en est ' +
      'votre signalement et, le cas échéant, un message de l’équipe.',
    followWithEmail: 'Si vous avez donné une adresse e-mail, nous pourrons aussi vous écrire.',
    statusLink: 'Aller à la page de suivi',
    anotherReport: 'Faire un autre signalement',
    fileTitle: 'Vigie : reçu de votre signalement',
    fileReceivedAt: 'Reçu le',
    fileStatusPage: 'Page de suivi',
    fileKeep: 'Gardez ce fichier en lieu sûr : le code secret ne peut pas être retrouvé.',
    alreadyTitle: 'Ce signalement a déjà été reçu',
    already: 'Ce formulaire a déjà été envoyé : le signalement est enregistré, une seule fois.',
    alreadySecret:
      'Pour votre sécurité, le code secret n’est plus affiché. Utilisez celui que vous avez noté ou téléchargé.',
  },

  status: {
    title: 'Suivre un signalement',
    intro: 'Saisissez le numéro de suivi et le code secret reçus lors de votre signalement.',
    codeHint: 'Par exemple VG-7K3M-9QX2.',
    secretHint:
      'Les 24 caractères affichés une seule fois après l’envoi. Les tirets et la casse sont sans importance.',
    submit: 'Voir où en est mon signalement',
    notFound:
      'Aucun signalement ne correspond à ce numéro de suivi et à ce code secret. Vérifiez les deux codes, ' +
      'caractère par caractère.',
    resultTitle: 'Où en est votre signalement',
    receivedAt: 'Date de réception',
    reported: 'Ce que vous avez signalé',
    addressCount: (n: number) => countFr(n, '{n} adresse', '{n} adresses'),
    updatedAt: 'Dernière mise à jour',
    current: 'étape actuelle',
    messageTitle: 'Message de l’équipe',
    checkAnother: 'Suivre un autre signalement',
    addressesTitle: 'Les adresses que vous avez signalées',
    handled: (handled: number, total: number) =>
      total === 1
        ? handled === 1
          ? 'Votre adresse a été traitée.'
          : 'Votre adresse n’a pas encore été traitée.'
        : `${countFr(handled, '{n} adresse traitée', '{n} adresses traitées')} sur ${total}.`,
    addressesIntro:
      'Pour protéger les personnes concernées, nous ne répétons pas les adresses : elles sont numérotées ' +
      'dans l’ordre où vous les avez données.',
    address: (n: number) => `Adresse ${n}\u00a0:`,
    addressMessage: 'Message de l’équipe sur cette adresse',
    outcomes: {
      received: { label: 'Reçue', text: 'Elle attend d’être examinée par un analyste.' },
      under_review: {
        label: 'En cours d’examen',
        text: 'Un analyste l’examine au regard de la loi, ou nous préparons les suites à donner.',
      },
      not_illegal: {
        label: 'Non illicite',
        text: 'Après analyse, ce contenu n’est pas interdit par la loi française : nous ne pouvons pas demander son retrait.',
      },
      out_of_scope: {
        label: 'Hors de notre champ',
        text: 'Ce contenu ne relève pas de notre service, qui traite les contenus illicites en ligne.',
      },
      unreachable: {
        label: 'Inaccessible',
        text: 'Nous n’avons pas pu accéder au contenu à cette adresse : il n’a pas pu être analysé.',
      },
      transmitted_to_police: {
        label: 'Transmis aux autorités',
        text: 'Nous avons transmis ce contenu à la police et à la gendarmerie (plateforme PHAROS).',
      },
      removal_requested: {
        label: 'Retrait demandé',
        text: 'Nous avons demandé son retrait à l’hébergeur ou à la plateforme qui le diffuse.',
      },
      removed: { label: 'Retiré', text: 'Le contenu n’est plus accessible à cette adresse.' },
    } satisfies Record<ItemPublicStatus, { label: string; text: string }>,
    steps: {
      received: {
        label: 'Reçu',
        text: 'Votre signalement est enregistré et attend d’être examiné par un analyste.',
      },
      under_analysis: {
        label: 'En cours d’analyse',
        text: 'Un analyste examine le contenu au regard de la loi.',
      },
      forwarded: {
        label: 'Transmis',
        text:
          'Le contenu a été jugé illicite. Nous l’avons signalé à l’hébergeur ou à la plateforme, ' +
          'et aux autorités lorsque la loi le prévoit.',
      },
      content_removed: {
        label: 'Contenu retiré',
        text: 'Le contenu n’est plus accessible à l’adresse signalée.',
      },
      closed: {
        label: 'Clos',
        text: 'Le traitement est terminé : le contenu a été retiré, n’était pas illégal, ou n’était plus en ligne.',
      },
    } satisfies Record<PublicStatus, { label: string; text: string }>,
  },

  failure: {
    title: 'Nous n’avons pas pu traiter cette demande',
    back: 'Revenir au formulaire de signalement',
    byStatus: {
      400: 'La demande est incomplète ou mal formée. Revenez au formulaire et réessayez.',
      404: 'Cette page n’existe pas.',
      413: 'Ce que vous avez envoyé est trop volumineux (1 Mo au plus). Raccourcissez la description.',
      415: 'Ce formulaire doit être envoyé depuis la page du site.',
      429: 'Trop de demandes depuis cette connexion. Patientez quelques minutes puis réessayez.',
      500: 'Une erreur s’est produite de notre côté. Elle a été enregistrée. Réessayez dans quelques instants.',
    },
    other: 'La demande n’a pas pu être traitée. Revenez au formulaire et réessayez.',
  },

  notFound: {
    title: 'Page introuvable',
    text: 'Cette page n’existe pas ou n’existe plus. Vérifiez l’adresse, ou continuez ci-dessous.',
    report: 'Signaler un contenu',
    status: 'Suivre un signalement',
  },
};

export type Messages = typeof fr;

const en: Messages = {
  locale: 'en-GB',
  siteName: 'Vigie',
  siteTagline: 'Reporting illegal content online',
  skipLink: 'Skip to main content',
  otherLanguage: { label: 'Français', title: 'Lire cette page en français', lang: 'fr' },
  footer: 'Anonymous reporting. No IP address is stored. No trackers, no advertising.',
  transparencyLink: 'Our yearly figures',
  errorTitlePrefix: 'Error: ',

  danger: {
    title: 'Is someone in danger?',
    text: 'This form is not an emergency service. If someone is in danger, call:',
  },

  form: {
    title: 'Report illegal content',
    intro:
      'Did you see an image, a video or a text online that you think is illegal? Report it here. ' +
      'It is anonymous: we do not ask who you are.',
    doNotShare:
      'Do not download or share the content, not even to show us: the address of the page is enough.',
    categoryLegend: 'What did you see?',
    categoryHint: 'Choose the closest match. If you are not sure, choose “Something else”.',
    urlsLabel: 'Address of the page',
    urlsHint:
      'One address per line, up to 50. Copy it from your browser’s address bar, for example https://example.org/page.',
    urlsCount: { one: '{n} address of 50', other: '{n} addresses of 50' },
    descriptionLabel: 'Description (optional)',
    descriptionHint:
      'What worried you, where the content is on the page… Do not include your name or contact details.',
    descriptionCount: { one: '{n} character, at most 5,000', other: '{n} characters, at most 5,000' },
    emailLabel: 'Your e-mail address (optional)',
    emailHint: 'Only if you want to hear what happens next. It is encrypted and never passed on.',
    privacyTitle: 'What we keep',
    privacy: (contactRetentionDays: number) => [
      'No IP address: neither yours nor anything else about your connection.',
      'Your report (category, addresses, description) is kept for as long as the law requires.',
      `Your e-mail address, if you give one, is encrypted and erased after ${countEn(contactRetentionDays, '{n} day', '{n} days')}, ` +
        'or with the report if that is deleted sooner.',
      'Reports are anonymous: nobody knows who you are unless you write it yourself.',
    ],
    submit: 'Send the report',
  },

  errors: {
    summaryTitle: 'The form was not sent',
    summaryIntro: 'Please correct the following, then send it again. What you typed has been kept.',
    categoryMissing: 'Choose what you saw.',
    categoryUnknown: 'Choose what you saw from the list.',
    urlsMissing: 'Give the address of at least one page.',
    urlsTooMany: (n: number) =>
      countEn(
        n,
        'You gave {n} address: at most 50 per report.',
        'You gave {n} addresses: at most 50 per report.',
      ),
    urlInvalid: (line: number, value: string) => `Line ${line}: “${value}” is not a valid web address.`,
    urlScheme: (line: number, value: string) =>
      `Line ${line}: “${value}” must be a web address starting with http:// or https://.`,
    urlTooLong: (line: number) => `Line ${line}: the address is too long (at most 2,048 characters).`,
    moreUrlErrors: (n: number) =>
      countEn(n, '… and {n} more line to correct.', '… and {n} more lines to correct.'),
    descriptionTooLong: (n: number) =>
      countEn(
        n,
        'The description has {n} character: at most 5,000.',
        'The description has {n} characters: at most 5,000.',
      ),
    emailInvalid: 'This e-mail address does not look valid (for example: name@example.org).',
    repeatedField: (field: string) => `The field “${field}” was sent more than once.`,
    unknownFields: (fields: string) => `The form contained unexpected fields: ${fields}.`,
    rateLimited:
      'Too many reports were sent from this connection. Please wait a few minutes and try again: ' +
      'what you typed is kept below.',
    codeMissing: 'Enter your tracking code.',
    codeMalformed: 'A tracking code looks like VG-7K3M-9QX2.',
    secretMissing: 'Enter your secret.',
    secretMalformed: 'A secret has 24 characters, for example 7K3M-9QX2-…',
    formExpired:
      'This form could not be verified (it may be too old). Check what you typed, then send it again.',
  },

  fieldNames: {
    category: 'What did you see?',
    urls: 'Address of the page',
    description: 'Description',
    contact_email: 'E-mail address',
    code: 'Tracking code',
    secret: 'Secret',
  },

  receipt: {
    title: 'Report received. Thank you.',
    intro: 'Your report is stored. An analyst will look at it.',
    codeLabel: 'Tracking code',
    secretLabel: 'Secret',
    onceTitle: 'Write these two codes down now',
    once:
      'Once you leave this page, the secret cannot be shown again. We do not keep it in readable form and cannot recover it. ' +
      'Without it, nobody can look up your report.',
    copy: 'Copy',
    copied: 'Copied',
    download: 'Download as a text file',
    print: 'Print',
    followTitle: 'Following up your report',
    follow:
      'Come back to the status page in a few days and enter these two codes: you will see where your report ' +
      'stands and any message from the team.',
    followWithEmail: 'If you gave an e-mail address, we may also write to you.',
    statusLink: 'Go to the status page',
    anotherReport: 'Make another report',
    fileTitle: 'Vigie: receipt for your report',
    fileReceivedAt: 'Received on',
    fileStatusPage: 'Status page',
    fileKeep: 'Keep this file somewhere safe: the secret cannot be recovered.',
    alreadyTitle: 'This report was already received',
    already: 'This form was already sent: the report is stored, once.',
    alreadySecret:
      'For your safety, the secret is no longer shown. Use the one you wrote down or downloaded.',
  },

  status: {
    title: 'Follow up a report',
    intro: 'Enter the tracking code and the secret you were given when you sent your report.',
    codeHint: 'For example VG-7K3M-9QX2.',
    secretHint: 'The 24 characters shown once after sending. Dashes and letter case do not matter.',
    submit: 'See where my report stands',
    notFound: 'No report matches this tracking code and secret. Check both codes, character by character.',
    resultTitle: 'Where your report stands',
    receivedAt: 'Received',
    reported: 'What you reported',
    addressCount: (n: number) => countEn(n, '{n} address', '{n} addresses'),
    updatedAt: 'Last updated',
    current: 'current step',
    messageTitle: 'Message from the team',
    checkAnother: 'Follow up another report',
    addressesTitle: 'The addresses you reported',
    handled: (handled: number, total: number) =>
      total === 1
        ? handled === 1
          ? 'Your address has been handled.'
          : 'Your address has not been handled yet.'
        : `${handled} of ${total} addresses handled.`,
    addressesIntro:
      'To protect the people concerned we do not repeat the addresses: they are numbered in the order ' +
      'you gave them.',
    address: (n: number) => `Address ${n}:`,
    addressMessage: 'Message from the team about this address',
    outcomes: {
      received: { label: 'Received', text: 'It is waiting for an analyst.' },
      under_review: {
        label: 'Being reviewed',
        text: 'An analyst is examining it under the law, or we are preparing what comes next.',
      },
      not_illegal: {
        label: 'Not illegal',
        text: 'Having analysed it, this content is not prohibited by French law: we cannot ask for its removal.',
      },
      out_of_scope: {
        label: 'Outside our remit',
        text: 'This content is outside the scope of our service, which deals with illegal online content.',
      },
      unreachable: {
        label: 'Could not be reached',
        text: 'We could not reach the content at this address, so it could not be analysed.',
      },
      transmitted_to_police: {
        label: 'Transmitted to the police',
        text: 'We passed this content on to the French police and gendarmerie (the PHAROS platform).',
      },
      removal_requested: {
        label: 'Removal requested',
        text: 'We asked the host or platform that publishes it to remove it.',
      },
      removed: { label: 'Removed', text: 'The content is no longer available at this address.' },
    },
    steps: {
      received: { label: 'Received', text: 'Your report is stored and waiting for an analyst.' },
      under_analysis: { label: 'Under analysis', text: 'An analyst is examining the content under the law.' },
      forwarded: {
        label: 'Forwarded',
        text:
          'The content was found illegal. We reported it to the host or platform, and to the authorities ' +
          'where the law requires it.',
      },
      content_removed: {
        label: 'Content removed',
        text: 'The content is no longer available at the address reported.',
      },
      closed: {
        label: 'Closed',
        text: 'We have finished: the content was removed, was not illegal, or was no longer online.',
      },
    },
  },

  failure: {
    title: 'We could not process this request',
    back: 'Back to the report form',
    byStatus: {
      400: 'The request is incomplete or malformed. Go back to the form and try again.',
      404: 'This page does not exist.',
      413: 'What you sent is too large (at most 1 MB). Please shorten the description.',
      415: 'This form must be sent from the site’s own page.',
      429: 'Too many requests from this connection. Please wait a few minutes and try again.',
      500: 'Something went wrong on our side. It was logged. Please try again in a moment.',
    },
    other: 'The request could not be processed. Go back to the form and try again.',
  },

  notFound: {
    title: 'Page not found',
    text: 'This page does not exist, or no longer does. Check the address, or go on below.',
    report: 'Report content',
    status: 'Follow up a report',
  },
};

export const messages = { fr, en } as const;
