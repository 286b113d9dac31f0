/**
 * The French jurisdiction pack. Article numbers are from the Code pénal unless stated;
 * "loi 1881" is the loi du 29 juillet 1881 sur la liberté de la presse. Check them against the
 * consolidated texts on Légifrance before relying on them, and update `lawCheckedOn`.
 */
import { frFeedbackTemplates } from './fr.feedback.ts';
import { frMonitoring } from './fr.monitoring.ts';
import { frNotices } from './fr.notices.ts';
import type { CapturePolicy, DetailField, JurisdictionPack } from './jurisdiction.ts';

const cp = (article: string, fr: string, en: string) => ({
  code: `FR-CP-${article}`,
  reference: `Code pénal, art. ${article}`,
  title: { fr, en },
});
const press = (article: string, fr: string, en: string) => ({
  code: `FR-L1881-${article.replace(/\W+/g, '-')}`,
  reference: `Loi du 29 juillet 1881, art. ${article}`,
  title: { fr, en },
});

const option = (id: string, fr: string, en: string) => ({ id, label: { fr, en } });

// Category details an analyst records (the INHOPE-style classification asks for the same facts).
const abuseMaterialDetails: DetailField[] = [
  {
    id: 'apparent_age_band',
    label: { fr: 'Âge apparent', en: 'Apparent age' },
    options: [
      option('infant', 'Nourrisson ou jeune enfant (0–3 ans)', 'Infant or toddler (0–3)'),
      option('prepubescent', 'Enfant prépubère', 'Prepubescent child'),
      option('pubescent', 'Adolescent pubère', 'Pubescent teenager'),
      option('unclear', 'Indéterminé', 'Unclear'),
    ],
    required: true,
  },
  {
    id: 'material_kind',
    label: { fr: 'Nature du contenu', en: 'Kind of material' },
    options: [
      option('real', 'Réel (photo, vidéo)', 'Real (photo, video)'),
      option('drawn', 'Dessiné ou animé', 'Drawn or animated'),
      option('generated', 'Généré ou modifié par ordinateur (IA)', 'Computer-generated or altered (AI)'),
    ],
    required: true,
  },
];
const terrorismDetails: DetailField[] = [
  {
    id: 'terrorism_form',
    label: { fr: 'Forme', en: 'Form' },
    options: [
      option('apology', 'Apologie', 'Apology (praise)'),
      option('provocation', 'Provocation', 'Provocation'),
      option('instructions', 'Instructions (mode opératoire, fabrication)', 'Instructions (methods, making)'),
    ],
    required: true,
  },
];
const protectedGround = (...ids: string[]): DetailField[] => [
  {
    id: 'protected_ground',
    label: { fr: 'Motif protégé', en: 'Protected ground' },
    options: [
      option('race_origin', 'Origine, ethnie, nation, « race »', 'Race or origin'),
      option('religion', 'Religion', 'Religion'),
      option('sex', 'Sexe', 'Sex'),
      option(
        'sexual_orientation_gender_identity',
        'Orientation sexuelle ou identité de genre',
        'Sexual orientation or gender identity',
      ),
      option('disability', 'Handicap', 'Disability'),
    ].filter((o) => ids.includes(o.id)),
    required: true,
  },
];

/**
 * Evidence capture. Child sexual abuse material may not be held (art. 227-23 punishes possessing
 * it); a hotline needs its hashes to match and to notify, not the file. So the categories of
 * sexual violence against minors keep hashes only (SHA-256, MD5, PDQ) and the heavily blurred
 * greyscale preview, in which nothing is recognisable (media-file.ts), and are never rendered as a
 * screenshot. Everything else keeps the original 90 days: long enough for the notice, the removal
 * checks and a referral to the police to run their course, no longer than that needs (storage
 * limitation, GDPR art. 5(1)(e)). Screenshots only for categories whose evidence is what a page
 * says and shows around it (hate, terrorism, harassment…), never for sexual or intimate imagery.
 */
const HASHES_ONLY: CapturePolicy = { screenshot: false, keep: 'hashes_only' };
const KEEP_ORIGINAL = { originalDays: 90 };
const WITH_SCREENSHOT: CapturePolicy = { screenshot: true, keep: KEEP_ORIGINAL };

export const fr: JurisdictionPack = {
  code: 'fr',
  country: 'FR',
  name: { fr: 'France', en: 'France' },
  lawCheckedOn: '2026-11-25',
  categories: [
    {
      id: 'child_sexual_abuse_material',
      label: { fr: 'Images d’abus sexuels sur mineurs', en: 'Child sexual abuse images' },
      hint: {
        fr: 'Photos, vidéos ou dessins à caractère sexuel mettant en scène des enfants ou des adolescents.',
        en: 'Sexual photos, videos or drawings showing children or teenagers.',
      },
      legalBases: [cp('227-23', 'Image pédopornographique', 'Child sexual abuse material')],
      dsaCategory: 'PROTECTION_OF_MINORS',
      severity: 1,
      scope: 'baseline',
      assessWithinHours: 24,
      detailFields: abuseMaterialDetails,
      capture: HASHES_ONLY,
    },
    {
      id: 'grooming',
      label: { fr: 'Propositions sexuelles à un enfant', en: 'Sexual approaches to a child' },
      hint: {
        fr: 'Un adulte qui fait des propositions sexuelles à un mineur de moins de 15 ans en ligne.',
        en: 'An adult making sexual proposals online to a child under 15.',
      },
      legalBases: [
        cp(
          '227-22-1',
          'Propositions sexuelles à un mineur de 15 ans',
          'Sexual proposals to a minor under 15',
        ),
      ],
      dsaCategory: 'PROTECTION_OF_MINORS',
      severity: 1,
      scope: 'baseline',
      assessWithinHours: 24,
      capture: HASHES_ONLY,
    },
    {
      id: 'sextortion_of_minors',
      label: { fr: 'Chantage sexuel sur un mineur', en: 'Sexual blackmail of a minor' },
      hint: {
        fr: 'Pousser un mineur à se montrer ou à se filmer nu, souvent sous la menace.',
        en: 'Pushing a minor to show or film themselves naked, often under threat.',
      },
      legalBases: [
        cp(
          '227-22-2',
          'Incitation d’un mineur à des actes sexuels sur lui-même',
          'Inciting a minor to sexual acts on themselves',
        ),
      ],
      dsaCategory: 'PROTECTION_OF_MINORS',
      severity: 1,
      scope: 'baseline',
      assessWithinHours: 24,
      capture: HASHES_ONLY,
    },
    {
      id: 'corruption_of_minors',
      label: { fr: 'Corruption de mineurs', en: 'Corruption of minors' },
      hint: {
        fr: 'Exposer volontairement des enfants à des contenus ou des actes sexuels.',
        en: 'Deliberately exposing children to sexual content or acts.',
      },
      legalBases: [cp('227-22', 'Corruption de mineur', 'Corruption of a minor')],
      dsaCategory: 'PROTECTION_OF_MINORS',
      severity: 1,
      scope: 'national',
      assessWithinHours: 48,
      capture: HASHES_ONLY,
    },
    {
      id: 'terrorism',
      label: { fr: 'Terrorisme', en: 'Terrorism' },
      hint: {
        fr: 'Appels à commettre des attentats, ou contenus qui font l’éloge d’actes terroristes.',
        en: 'Calls to carry out attacks, or content praising terrorist acts.',
      },
      legalBases: [
        cp(
          '421-2-5',
          'Provocation au terrorisme ou apologie du terrorisme',
          'Provocation to or apology of terrorism',
        ),
      ],
      dsaCategory: 'RISK_FOR_PUBLIC_SECURITY',
      severity: 1,
      scope: 'baseline',
      assessWithinHours: 24,
      detailFields: terrorismDetails,
      capture: WITH_SCREENSHOT,
    },
    {
      id: 'bomb_making',
      label: { fr: 'Fabrication de bombes', en: 'Bomb-making instructions' },
      hint: {
        fr: 'Instructions pour fabriquer des explosifs ou des engins de destruction.',
        en: 'Instructions for making explosives or destructive devices.',
      },
      legalBases: [
        cp(
          '322-6-1',
          'Diffusion de procédés de fabrication d’engins de destruction',
          'Spreading methods for making destructive devices',
        ),
      ],
      dsaCategory: 'RISK_FOR_PUBLIC_SECURITY',
      severity: 1,
      scope: 'national',
      assessWithinHours: 24,
      capture: WITH_SCREENSHOT,
    },
    {
      id: 'incitement_to_suicide',
      label: { fr: 'Incitation au suicide', en: 'Encouraging suicide' },
      hint: {
        fr: 'Pousser quelqu’un au suicide, ou faire la promotion de moyens de se donner la mort.',
        en: 'Pushing someone to suicide, or promoting ways to end one’s life.',
      },
      legalBases: [
        cp('223-13', 'Provocation au suicide', 'Provocation to suicide'),
        cp(
          '223-14',
          'Propagande en faveur de moyens de se donner la mort',
          'Propaganda for means of suicide',
        ),
      ],
      dsaCategory: 'SELF_HARM',
      severity: 2,
      scope: 'national',
      assessWithinHours: 24,
      capture: WITH_SCREENSHOT,
    },
    {
      id: 'non_consensual_intimate_images',
      label: { fr: 'Images intimes diffusées sans accord', en: 'Intimate images shared without consent' },
      hint: {
        fr: 'Photos ou vidéos intimes publiées sans l’accord de la personne, y compris les montages sexuels truqués.',
        en: 'Intimate photos or videos posted without the person’s consent, including fake sexual images.',
      },
      legalBases: [
        cp(
          '226-2-1',
          'Diffusion d’images à caractère sexuel sans consentement',
          'Sharing sexual images without consent',
        ),
        cp('226-8-1', 'Montage à caractère sexuel sans consentement', 'Sexual deepfake without consent'),
      ],
      dsaCategory: 'CYBER_VIOLENCE_AGAINST_WOMEN',
      severity: 2,
      scope: 'national',
      assessWithinHours: 48,
    },
    {
      id: 'hate_racial_religious',
      label: { fr: 'Haine raciale ou religieuse', en: 'Racial or religious hatred' },
      hint: {
        fr: 'Appels à la haine, à la violence ou à la discrimination en raison de l’origine ou de la religion.',
        en: 'Calls to hatred, violence or discrimination because of origin or religion.',
      },
      legalBases: [
        press(
          '24 al. 7',
          'Provocation à la haine raciale ou religieuse',
          'Provocation to racial or religious hatred',
        ),
        press(
          '32-33',
          'Injure ou diffamation publique à caractère raciste',
          'Public racist insult or defamation',
        ),
      ],
      dsaCategory: 'ILLEGAL_OR_HARMFUL_SPEECH',
      severity: 3,
      scope: 'national',
      assessWithinHours: 72,
      detailFields: protectedGround('race_origin', 'religion'),
      capture: WITH_SCREENSHOT,
    },
    {
      id: 'hate_sex_gender_disability',
      label: {
        fr: 'Haine sexiste, homophobe, transphobe ou envers le handicap',
        en: 'Hatred based on sex, sexual orientation, gender identity or disability',
      },
      hint: {
        fr: 'Appels à la haine ou à la violence contre des personnes pour leur sexe, orientation, identité ou handicap.',
        en: 'Calls to hatred or violence against people for their sex, orientation, identity or disability.',
      },
      legalBases: [
        press(
          '24 al. 8',
          'Provocation à la haine en raison du sexe, de l’orientation, de l’identité ou du handicap',
          'Provocation to hatred on grounds of sex, orientation, identity or disability',
        ),
      ],
      dsaCategory: 'ILLEGAL_OR_HARMFUL_SPEECH',
      severity: 3,
      scope: 'national',
      assessWithinHours: 72,
      detailFields: protectedGround('sex', 'sexual_orientation_gender_identity', 'disability'),
      capture: WITH_SCREENSHOT,
    },
    {
      id: 'crimes_against_humanity_apology',
      label: {
        fr: 'Apologie ou négation de crimes contre l’humanité',
        en: 'Praising or denying crimes against humanity',
      },
      hint: {
        fr: 'Faire l’éloge de crimes de guerre ou contre l’humanité, ou nier leur existence.',
        en: 'Praising war crimes or crimes against humanity, or denying they happened.',
      },
      legalBases: [
        press('24 al. 5', 'Apologie de crimes contre l’humanité', 'Apology of crimes against humanity'),
        press('24 bis', 'Contestation de crimes contre l’humanité', 'Denial of crimes against humanity'),
      ],
      dsaCategory: 'ILLEGAL_OR_HARMFUL_SPEECH',
      severity: 3,
      scope: 'national',
      assessWithinHours: 72,
      capture: WITH_SCREENSHOT,
    },
    {
      id: 'harmful_to_minors',
      label: {
        fr: 'Contenus violents ou pornographiques accessibles aux mineurs',
        en: 'Violent or pornographic content open to minors',
      },
      hint: {
        fr: 'Sites pornographiques ou très violents sans vérification de l’âge.',
        en: 'Pornographic or very violent sites with no age check.',
      },
      legalBases: [
        cp(
          '227-24',
          'Message violent ou pornographique susceptible d’être vu par un mineur',
          'Violent or pornographic message likely to be seen by a minor',
        ),
      ],
      dsaCategory: 'PROTECTION_OF_MINORS',
      severity: 3,
      scope: 'national',
      assessWithinHours: 120,
    },
    {
      id: 'pimping',
      label: { fr: 'Proxénétisme', en: 'Pimping' },
      hint: {
        fr: 'Annonces ou services qui organisent ou tirent profit de la prostitution d’autrui.',
        en: 'Ads or services that organise or profit from someone else’s prostitution.',
      },
      legalBases: [cp('225-5', 'Proxénétisme', 'Pimping')],
      // The DSA list has no sexual-exploitation category; VIOLENCE is the closest fit for exploitation.
      dsaCategory: 'VIOLENCE',
      severity: 2,
      scope: 'national',
      assessWithinHours: 72,
    },
    {
      id: 'sexual_harassment',
      label: { fr: 'Harcèlement sexuel ou cyberharcèlement', en: 'Sexual or online harassment' },
      hint: {
        fr: 'Messages ou publications répétés qui humilient, menacent ou harcèlent une personne.',
        en: 'Repeated messages or posts that humiliate, threaten or harass someone.',
      },
      legalBases: [
        cp('222-33', 'Harcèlement sexuel', 'Sexual harassment'),
        cp('222-33-2-2', 'Harcèlement moral, y compris en ligne', 'Harassment, including online'),
      ],
      dsaCategory: 'CYBER_VIOLENCE',
      severity: 3,
      scope: 'national',
      assessWithinHours: 72,
      capture: WITH_SCREENSHOT,
    },
  ],
  otherCategory: {
    id: 'other',
    label: { fr: 'Autre / je ne sais pas', en: 'Something else / not sure' },
    hint: {
      fr: 'Décrivez ce que vous avez vu : un analyste le qualifiera.',
      en: 'Describe what you saw: an analyst will qualify it.',
    },
    // Unknown until qualified: ranked with the middle categories, not last, since it may hide anything.
    severity: 3,
    assessWithinHours: 48,
  },
  // Emergencies first: the box is read by someone who may be in danger now.
  helplines: [
    { number: '17 / 112', label: { fr: 'Urgences', en: 'Emergencies' } },
    {
      number: '3018',
      label: {
        fr: 'Cyberharcèlement et violences numériques (jeunes)',
        en: 'Online harassment and violence (young people)',
      },
    },
    { number: '119', label: { fr: 'Enfance en danger', en: 'Children in danger' } },
    { number: '3114', label: { fr: 'Prévention du suicide', en: 'Suicide prevention' } },
    { number: '3919', label: { fr: 'Violences faites aux femmes', en: 'Violence against women' } },
  ],
  feedbackTemplates: frFeedbackTemplates,
  verdicts: [
    { id: 'illegal', label: { fr: 'Illicite', en: 'Illegal' } },
    {
      id: 'harmful_to_minors',
      label: { fr: 'Légal mais préjudiciable aux mineurs', en: 'Legal but harmful to minors' },
    },
    { id: 'not_illegal', label: { fr: 'Non illicite', en: 'Not illegal' } },
    { id: 'out_of_scope', label: { fr: 'Hors du champ de la plateforme', en: 'Out of scope' } },
    { id: 'unreachable', label: { fr: 'Inaccessible', en: 'Unreachable' } },
  ],
  // An "illegal" verdict on the gravest categories triggers notices to police and hosts: a second
  // analyst confirms it first.
  fourEyes: [{ verdict: 'illegal', severities: [1] }],
  // The rest (intimate images, pornography open to minors, pimping, and "other", which may hide
  // anything until qualified): the original kept, no screenshot.
  capture: { screenshot: false, keep: KEEP_ORIGINAL },
  notices: frNotices,
  monitoring: frMonitoring,
  figures: {
    childAbuseMaterial: ['child_sexual_abuse_material'],
    terrorism: ['terrorism', 'bomb_making'],
    hate: ['hate_racial_religious', 'hate_sex_gender_disability'],
    groundField: 'protected_ground',
  },
};
