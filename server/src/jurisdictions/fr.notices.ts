/**
 * Who a French hotline notifies once an item's verdict is final, and what the notices say. The rules
 * are read in order by the notices feature's engine (features/notices/routing.ts), which knows no
 * French law; the texts are filled in by its composer (features/notices/compose.ts), which lists the
 * placeholders. Category ids are those of fr.ts.
 *
 * The law behind the rules:
 * - Hosts: the LCEN (loi n° 2004-575 du 21 juin 2004 pour la confiance dans l'économie numérique),
 *   art. 6, makes a host that is told of manifestly illegal content liable unless it acts promptly;
 *   every hosting service in the EU must also accept notices (DSA, Regulation (EU) 2022/2065, art. 16).
 * - Platforms: a notice under DSA art. 16 carries the elements of art. 16(2) (reasons, exact URL,
 *   notifier's name and e-mail, statement of good faith); a hotline designated trusted flagger by
 *   Arcom (DSA art. 22) has its notices handled with priority through the platform's channel.
 * - Police: PHAROS, the national police and gendarmerie platform for illegal online content, receives
 *   what the hotline finds manifestly illegal; it has no public API, so transmissions form a daily
 *   batch that the liaison officer hands over.
 * - Abroad: child sexual abuse material goes to the partner hotline of the hosting country (INHOPE
 *   network), which has it removed under its own law; where there is none, to the police liaison
 *   for international channels (Interpol, Europol).
 */
import { frPolicePortalFields } from './fr.police-portal.ts';
import type { NoticeRules, NoticeTemplate } from './jurisdiction.ts';

/** Child sexual abuse material: the category partner hotlines (INHOPE) handle. */
const CHILD_ABUSE_MATERIAL = ['child_sexual_abuse_material'];
/** Terrorism in the wide sense of the scope: provocation, apology, bomb-making instructions. */
const TERRORISM = ['terrorism', 'bomb_making'];
/**
 * Terrorist content: PHAROS first, the host or platform only a day later, so that a removal does not
 * alert the author before the counter-terrorism services (to whom PHAROS relays it) have seen it.
 */
const TERRORISM_HOST_DELAY_HOURS = 24;

const now = { delayHours: 0, automatic: false };

export const frNotices: NoticeRules = {
  country: 'FR',
  language: 'fr',
  policePortal: { name: 'PHAROS', fields: frPolicePortalFields },
  // Office mineurs (OFMIN), the police's central office for violence against minors, is France's
  // contact for international channels on child abuse material. The address is set per hotline by
  // its liaison officer; until then the notice is prepared and sent by hand.
  policeLiaison: { name: 'Office mineurs (OFMIN)', channel: 'email', address: null },
  rules: [
    // Child sexual abuse material. The transmission to PHAROS is the one notice sent without approval:
    // four eyes have already confirmed the verdict (fr.ts fourEyes) and it joins the liaison
    // officer's daily batch anyway, where a person sees it before it leaves.
    {
      id: 'csam_police_portal',
      label: {
        fr: 'Images d’abus sur mineurs : transmission au portail de la police',
        en: 'Child abuse material: transmission to the police portal',
      },
      when: { verdicts: ['illegal'], categories: CHILD_ABUSE_MATERIAL },
      propose: { recipient: 'police_portal', delayHours: 0, automatic: true },
    },
    {
      id: 'csam_partner_hotline',
      label: {
        fr: 'Images d’abus sur mineurs hébergées à l’étranger : hotline partenaire du pays',
        en: 'Child abuse material hosted abroad: the country’s partner hotline',
      },
      when: {
        verdicts: ['illegal'],
        categories: CHILD_ABUSE_MATERIAL,
        hosted: ['abroad'],
        partnerHotline: true,
      },
      propose: { recipient: 'partner_hotline', ...now },
    },
    {
      id: 'csam_police_liaison',
      label: {
        fr: 'Images d’abus sur mineurs à l’étranger, sans hotline partenaire : liaison police',
        en: 'Child abuse material abroad, no partner hotline: police liaison',
      },
      when: {
        verdicts: ['illegal'],
        categories: CHILD_ABUSE_MATERIAL,
        hosted: ['abroad'],
        partnerHotline: false,
      },
      propose: { recipient: 'police_liaison', ...now },
    },

    // Terrorism: police first, the host or platform after the delay.
    {
      id: 'terrorism_police_portal',
      label: { fr: 'Terrorisme : la police d’abord', en: 'Terrorism: the police first' },
      when: { verdicts: ['illegal'], categories: TERRORISM },
      propose: { recipient: 'police_portal', ...now },
    },
    {
      id: 'terrorism_platform',
      label: {
        fr: 'Terrorisme : la plateforme, après le délai',
        en: 'Terrorism: the platform, after the delay',
      },
      when: { verdicts: ['illegal'], categories: TERRORISM, platformKnown: true },
      propose: { recipient: 'platform', delayHours: TERRORISM_HOST_DELAY_HOURS, automatic: false },
    },
    {
      id: 'terrorism_host',
      label: { fr: 'Terrorisme : l’hébergeur, après le délai', en: 'Terrorism: the host, after the delay' },
      when: {
        verdicts: ['illegal'],
        categories: TERRORISM,
        hosted: ['in_country', 'abroad'],
        platformKnown: false,
      },
      propose: { recipient: 'host', delayHours: TERRORISM_HOST_DELAY_HOURS, automatic: false },
    },

    // Everything else that is illegal: PHAROS, and the platform or the host. Where the hosting country
    // is unknown, the host cannot be named and PHAROS alone is told; a platform of the directory is
    // known by its hostname, not its country, so it is still notified.
    {
      id: 'illegal_police_portal',
      label: {
        fr: 'Contenu illicite : transmission au portail de la police',
        en: 'Illegal content: transmission to the police portal',
      },
      when: { verdicts: ['illegal'], exceptCategories: [...CHILD_ABUSE_MATERIAL, ...TERRORISM] },
      propose: { recipient: 'police_portal', ...now },
    },
    {
      // DSA art. 16 notice, instead of a removal request to the host: the platform decides on its
      // content, and its trusted-flagger channel is the fastest way to removal.
      id: 'illegal_platform',
      label: {
        fr: 'Contenu illicite sur une plateforme connue : notification DSA art. 16',
        en: 'Illegal content on a known platform: DSA art. 16 notice',
      },
      when: { verdicts: ['illegal'], exceptCategories: TERRORISM, platformKnown: true },
      propose: { recipient: 'platform', ...now },
    },
    {
      // LCEN art. 6: the host in France, told of manifestly illegal content, must act promptly.
      id: 'illegal_host_in_country',
      label: {
        fr: 'Contenu illicite hébergé en France : demande de retrait (LCEN art. 6)',
        en: 'Illegal content hosted in France: removal request (LCEN art. 6)',
      },
      when: {
        verdicts: ['illegal'],
        exceptCategories: TERRORISM,
        hosted: ['in_country'],
        platformKnown: false,
      },
      propose: { recipient: 'host', ...now },
    },
    {
      // Abroad, French law does not bind the host: a plain removal request (in English unless the
      // directory says otherwise). Child abuse material abroad goes through the partner network instead.
      id: 'illegal_host_abroad',
      label: {
        fr: 'Contenu illicite hébergé à l’étranger : demande de retrait',
        en: 'Illegal content hosted abroad: removal request',
      },
      when: {
        verdicts: ['illegal'],
        exceptCategories: [...CHILD_ABUSE_MATERIAL, ...TERRORISM],
        hosted: ['abroad'],
        platformKnown: false,
      },
      propose: { recipient: 'host', ...now },
    },

    // Legal but harmful to minors (art. 227-24: violent or pornographic content minors can reach).
    // The content is legal for adults; what is missing is an age check, which the platform or host
    // can add. No transmission to PHAROS: it handles content that is illegal as such, and access
    // controls are Arcom's field, not the police's.
    {
      id: 'minors_platform',
      label: { fr: 'Accessible aux mineurs : la plateforme', en: 'Open to minors: the platform' },
      when: { verdicts: ['harmful_to_minors'], platformKnown: true },
      propose: { recipient: 'platform', ...now },
    },
    {
      id: 'minors_host',
      label: { fr: 'Accessible aux mineurs : l’hébergeur', en: 'Open to minors: the host' },
      when: { verdicts: ['harmful_to_minors'], hosted: ['in_country', 'abroad'], platformKnown: false },
      propose: { recipient: 'host', ...now },
    },
    // Other verdicts (not illegal, out of scope, unreachable) call for no notice: no rule names them.
  ],
  templates: {
    host: {
      fr: template(
        'Demande de retrait de contenus illicites — {notifier_name}, réf. {notice_id}',
        `{recipient_name}

Madame, Monsieur,

{notifier_name}, service de signalement des contenus illicites en ligne, a constaté sur vos services les contenus suivants, qu’il estime manifestement illicites au regard du droit français (nombre de contenus : {item_count}) :

{items}

En votre qualité d’hébergeur, et conformément à l’article 6 de la loi n° 2004-575 du 21 juin 2004 pour la confiance dans l’économie numérique (LCEN) et à l’article 16 du règlement (UE) 2022/2065 sur les services numériques, nous vous demandons de retirer promptement ces contenus ou d’en rendre l’accès impossible, et de nous le confirmer en répondant à ce message avec la référence {notice_id}.

Aucune copie des contenus n’est jointe : les adresses, références et empreintes ci-dessus suffisent à les identifier.

{notifier_name}
{notifier_email}
{notifier_website}
{date}`,
      ),
      en: template(
        'Removal request — {notifier_name}, ref. {notice_id}',
        `{recipient_name}

Dear abuse team,

{notifier_name}, a hotline where the public reports illegal online content, has found the following content on your services and considers it illegal (items: {item_count}):

{items}

Please remove this content or disable access to it, and confirm by replying to this message with the reference {notice_id}.

No copy of the content is attached: the addresses, references and hashes above are enough to identify it.

{notifier_name}
{notifier_email}
{notifier_website}
{date}`,
      ),
    },
    platform: {
      fr: template(
        'Notification au titre de l’article 16 du règlement sur les services numériques (DSA) — {notifier_name}, réf. {notice_id}',
        `{recipient_name}

Madame, Monsieur,

Conformément à l’article 16 du règlement (UE) 2022/2065 sur les services numériques (DSA), {notifier_name}, service de signalement des contenus illicites en ligne, vous notifie les contenus suivants, présents sur votre service et illicites au regard du droit français (nombre de contenus : {item_count}).

Emplacement électronique exact et motifs de l’illicéité (art. 16, paragraphe 2, points a et b) :

{items}

Auteur de la notification (art. 16, paragraphe 2, point c) :
{notifier_name}
{notifier_email}
{notifier_website}

Déclaration de bonne foi (art. 16, paragraphe 2, point d) : {notifier_name} déclare de bonne foi que les informations et allégations contenues dans la présente notification sont exactes et complètes.

Aucune copie des contenus n’est jointe : les adresses, références et empreintes ci-dessus suffisent à les identifier. Merci de nous informer de votre décision (art. 16, paragraphe 5) en rappelant la référence {notice_id}.

{date}`,
      ),
      en: template(
        'Notice under Article 16 of the Digital Services Act — {notifier_name}, ref. {notice_id}',
        `{recipient_name}

Dear trust and safety team,

Under Article 16 of Regulation (EU) 2022/2065 (Digital Services Act), {notifier_name}, a hotline where the public reports illegal online content, notifies you of the following content on your service, which is illegal under French law (items: {item_count}).

Exact electronic location and reasons why the content is illegal (Article 16(2)(a) and (b)):

{items}

Notifier (Article 16(2)(c)):
{notifier_name}
{notifier_email}
{notifier_website}

Statement of good faith (Article 16(2)(d)): {notifier_name} confirms its bona fide belief that the information and allegations contained in this notice are accurate and complete.

No copy of the content is attached: the addresses, references and hashes above are enough to identify it. Please inform us of your decision (Article 16(5)) quoting the reference {notice_id}.

{date}`,
      ),
    },
    registrar: {
      fr: template(
        'Contenus illicites accessibles par un nom de domaine enregistré chez vous — {notifier_name}, réf. {notice_id}',
        `{recipient_name}

Madame, Monsieur,

{notifier_name}, service de signalement des contenus illicites en ligne, a constaté que les contenus suivants, qu’il estime manifestement illicites au regard du droit français, restent accessibles par des noms de domaine dont vous êtes le bureau d’enregistrement, bien que leur hébergeur en ait été informé (nombre de contenus : {item_count}) :

{items}

Nous vous demandons de prendre les mesures prévues par vos conditions d’enregistrement et de nous informer de votre décision en rappelant la référence {notice_id}.

Aucune copie des contenus n’est jointe : les adresses, références et empreintes ci-dessus suffisent à les identifier.

{notifier_name}
{notifier_email}
{notifier_website}
{date}`,
      ),
      en: template(
        'Illegal content reached through a domain name registered with you — {notifier_name}, ref. {notice_id}',
        `{recipient_name}

Dear abuse team,

{notifier_name}, a hotline where the public reports illegal online content, has found that the following content, which it considers illegal, is still reachable through domain names for which you are the registrar, although its host has been notified (items: {item_count}):

{items}

Please take the measures your registration terms provide for, and inform us of your decision quoting the reference {notice_id}.

No copy of the content is attached: the addresses, references and hashes above are enough to identify it.

{notifier_name}
{notifier_email}
{notifier_website}
{date}`,
      ),
    },
    police_portal: {
      fr: template(
        'Transmission de contenus illicites — {notifier_name}, réf. {notice_id}',
        `À l’attention de {recipient_name}

{notifier_name} vous transmet les contenus suivants, signalés par le public et qualifiés illicites au regard du droit français par ses analystes (nombre de contenus : {item_count}) :

{items}

Aucune copie des contenus n’est jointe : les adresses, références et empreintes ci-dessus suffisent à les identifier. Les éléments de constatation conservés sont à votre disposition sur demande, avec la référence {notice_id}.

{notifier_name}
{notifier_email}
{date}`,
      ),
      en: template(
        'Transmission of illegal content — {notifier_name}, ref. {notice_id}',
        `For the attention of {recipient_name}

{notifier_name} transmits the following content, reported by the public and assessed as illegal under French law by its analysts (items: {item_count}):

{items}

No copy of the content is attached: the addresses, references and hashes above are enough to identify it. The evidence kept is available on request, quoting the reference {notice_id}.

{notifier_name}
{notifier_email}
{date}`,
      ),
    },
    partner_hotline: {
      fr: template(
        'Contenus d’abus sexuels sur mineurs hébergés dans votre pays — {notifier_name}, réf. {notice_id}',
        `{recipient_name}

Chers collègues,

{notifier_name} a qualifié les contenus suivants d’images d’abus sexuels sur mineurs. D’après notre analyse de leur hébergement, ils sont hébergés dans votre pays : nous vous les transmettons pour que vous les traitiez selon vos procédures nationales : retrait par l’hébergeur et transmission à vos services de police (nombre de contenus : {item_count}).

{items}

Aucune copie des contenus n’est jointe : les adresses, références et empreintes ci-dessus suffisent à les identifier. Merci de nous confirmer la réception et la suite donnée en rappelant la référence {notice_id}.

{notifier_name}
{notifier_email}
{notifier_website}
{date}`,
      ),
      en: template(
        'Child sexual abuse material hosted in your country — {notifier_name}, ref. {notice_id}',
        `{recipient_name}

Dear colleagues,

{notifier_name} has assessed the following content as child sexual abuse material. According to our hosting analysis it is hosted in your country, and we forward it to you for action under your national procedures: removal by the host and referral to your law enforcement (items: {item_count}).

{items}

No copy of the content is attached: the addresses, references and hashes above are enough to identify it. Please confirm receipt and the action taken, quoting the reference {notice_id}.

{notifier_name}
{notifier_email}
{notifier_website}
{date}`,
      ),
    },
    police_liaison: {
      fr: template(
        'Contenus illicites hébergés à l’étranger, pour les canaux internationaux — {notifier_name}, réf. {notice_id}',
        `À l’attention de {recipient_name}

{notifier_name} a qualifié les contenus suivants illicites au regard du droit français. Ils sont hébergés à l’étranger, dans un pays où nous n’avons pas de hotline partenaire : nous vous les transmettons pour qu’ils soient signalés par les canaux de coopération policière internationale (nombre de contenus : {item_count}).

{items}

Aucune copie des contenus n’est jointe : les adresses, références et empreintes ci-dessus suffisent à les identifier. Les éléments de constatation conservés sont à votre disposition sur demande, avec la référence {notice_id}.

{notifier_name}
{notifier_email}
{date}`,
      ),
      en: template(
        'Illegal content hosted abroad, for international channels — {notifier_name}, ref. {notice_id}',
        `For the attention of {recipient_name}

{notifier_name} has assessed the following content as illegal under French law. It is hosted abroad, in a country where we have no partner hotline, and we forward it to you for referral through international police cooperation channels (items: {item_count}).

{items}

No copy of the content is attached: the addresses, references and hashes above are enough to identify it. The evidence kept is available on request, quoting the reference {notice_id}.

{notifier_name}
{notifier_email}
{date}`,
      ),
    },
  },
  itemTemplate: {
    fr: `{index}. {url}
   Référence : {item_id}
   Motif : {reason}
   Empreintes : {hashes}`,
    en: `{index}. {url}
   Reference: {item_id}
   Reason: {reason}
   Hashes: {hashes}`,
  },
  explanationTemplate: {
    fr: 'Contenu relevant de la catégorie « {category} », infraction prévue par : {bases}.',
    en: 'Content in the category "{category}", an offence under French law: {bases}.',
  },
};

function template(subject: string, body: string): NoticeTemplate {
  return { subject, body };
}
