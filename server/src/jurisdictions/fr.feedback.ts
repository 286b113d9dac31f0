/**
 * What a French hotline tells a reporter once their report has been handled, in French and English.
 * `{tracking_code}` and `{helplines}` are filled in when the message is published; analysts may
 * edit the text before sending. Never name the reported addresses here: the message is e-mailed.
 * `{helplines}` lists the pack’s `helplines` (fr.ts) in the message’s language. Each template names
 * the outcomes of an address it tells truly (features/outcomes): it is offered for nothing else.
 */
import type { FeedbackTemplate } from './jurisdiction.ts';

export const frFeedbackTemplates: FeedbackTemplate[] = [
  {
    id: 'forwarded_authorities',
    label: { fr: 'Transmis aux autorités', en: 'Forwarded to the authorities' },
    outcomes: ['transmitted_to_police'],
    body: {
      fr:
        'Merci pour votre signalement {tracking_code}. Après analyse, nous avons estimé que le contenu signalé ' +
        'est susceptible de constituer une infraction et nous l’avons transmis aux autorités compétentes ' +
        '(plateforme PHAROS de la police et de la gendarmerie nationales). Pour protéger l’enquête, nous ne ' +
        'pouvons pas vous donner d’autres détails.',
      en:
        'Thank you for your report {tracking_code}. Having analysed it, we consider the reported content may ' +
        'be an offence under French law and have forwarded it to the competent authorities (the PHAROS ' +
        'platform of the French police and gendarmerie). To protect the investigation we cannot tell you more.',
    },
  },
  {
    id: 'removal_requested',
    label: { fr: 'Retrait demandé à l’hébergeur', en: 'Removal requested from the host' },
    outcomes: ['removal_requested'],
    body: {
      fr:
        'Merci pour votre signalement {tracking_code}. Le contenu signalé est manifestement illicite : nous ' +
        'avons demandé son retrait à l’hébergeur ou à la plateforme qui le diffuse, et nous vérifierons ' +
        'qu’il disparaît. Le statut de votre signalement sera mis à jour.',
      en:
        'Thank you for your report {tracking_code}. The reported content is clearly illegal: we have asked ' +
        'the host or platform that publishes it to remove it, and we will check that it goes. The status of ' +
        'your report will be updated.',
    },
  },
  {
    id: 'content_removed',
    label: { fr: 'Contenu retiré', en: 'Content removed' },
    outcomes: ['removed'],
    body: {
      fr:
        'Bonne nouvelle concernant votre signalement {tracking_code} : le contenu signalé a été retiré. ' +
        'Merci d’avoir pris le temps de nous le signaler.',
      en:
        'Good news about your report {tracking_code}: the reported content has been removed. Thank you for ' +
        'taking the time to report it.',
    },
  },
  {
    id: 'not_illegal',
    label: { fr: 'Non illicite en droit français', en: 'Not illegal under French law' },
    outcomes: ['not_illegal'],
    body: {
      fr:
        'Merci pour votre signalement {tracking_code}. Après analyse, le contenu signalé, même s’il peut ' +
        'choquer, n’est pas interdit par la loi française : il relève de la liberté d’expression ou ne ' +
        'réunit pas les éléments d’une infraction. Nous ne pouvons donc pas demander son retrait. S’il ' +
        'enfreint les règles du site qui le publie, vous pouvez le signaler directement à ce site avec ' +
        'son outil de signalement.',
      en:
        'Thank you for your report {tracking_code}. Having analysed it, the reported content, however ' +
        'shocking, is not prohibited by French law: it is protected by freedom of expression or does not ' +
        'meet the definition of an offence. We therefore cannot ask for its removal. If it breaks the rules ' +
        'of the site that publishes it, you can report it to that site with its own reporting tool.',
    },
  },
  {
    id: 'out_of_scope',
    label: { fr: 'Hors de notre champ – où s’adresser', en: 'Outside our scope – where to go instead' },
    outcomes: ['out_of_scope'],
    body: {
      fr:
        'Merci pour votre signalement {tracking_code}. Ce que vous décrivez ne relève pas de notre service, ' +
        'qui traite les contenus illicites en ligne. Selon votre situation, ces services gratuits peuvent ' +
        'vous aider :\n{helplines}\nEn cas de danger immédiat, appelez le 17 ou le 112.',
      en:
        'Thank you for your report {tracking_code}. What you describe is outside the scope of our service, ' +
        'which deals with illegal online content. Depending on your situation, these free services can ' +
        'help you (in France):\n{helplines}\nIf someone is in immediate danger, call 17 or 112.',
    },
  },
  {
    id: 'content_unreachable',
    label: { fr: 'Contenu inaccessible', en: 'Content could not be reached' },
    outcomes: ['unreachable'],
    body: {
      fr:
        'Merci pour votre signalement {tracking_code}. Nous n’avons pas pu accéder au contenu à l’adresse ' +
        'signalée : il a peut-être déjà été retiré, ou l’adresse est incomplète. Nous n’avons donc pas pu ' +
        'l’analyser. Si vous le retrouvez en ligne, vous pouvez nous le signaler à nouveau.',
      en:
        'Thank you for your report {tracking_code}. We could not reach the content at the address you ' +
        'reported: it may already have been removed, or the address may be incomplete, so we could not ' +
        'analyse it. If you find it online again, you can report it to us again.',
    },
  },
];
