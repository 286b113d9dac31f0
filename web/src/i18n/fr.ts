/**
 * Every French string of the staff app. French is the reference: its shape is the `Messages` type
 * the English file must match key for key (a missing or extra key fails the typecheck).
 */
import type { Role, WeakPasswordReason } from '../api/types.ts';
import { captureFr } from './capture.fr.ts';
import { directoryFr } from './directory.fr.ts';
import { hostingFr } from './hosting.fr.ts';
import { monitoringFr } from './monitoring.fr.ts';
import { noticesFr } from './notices.fr.ts';
import { partnersFr } from './partners.fr.ts';
import { workspaceFr } from './workspace.fr.ts';

const plural = (n: number, one: string, many: string) => `${n} ${n > 1 ? many : one}`;

export const fr = {
  app: { name: 'Vigie', area: 'Espace du personnel' },
  common: {
    loading: 'Chargement…',
    retry: 'Réessayer',
    copy: 'Copier le lien',
    copied: 'Lien copié',
    copyFailed: 'Copie impossible : sélectionnez le lien et copiez-le à la main.',
    required: 'obligatoire',
    never: 'jamais',
    close: 'Fermer',
    cancel: 'Annuler',
  },
  language: { label: 'Langue', fr: 'Français', en: 'English' },
  roles: {
    admin: 'Administrateur·rice',
    supervisor: 'Superviseur·e',
    analyst: 'Analyste',
    liaison_officer: 'Chargé·e de liaison',
    auditor: 'Auditeur·rice',
  } satisfies Record<Role, string>,
  signIn: {
    title: 'Connexion',
    intro: 'Réservé au personnel de la hotline. Chaque action est enregistrée dans le journal d’audit.',
    email: 'Adresse e-mail',
    password: 'Mot de passe',
    submit: 'Continuer',
    codeTitle: 'Code de vérification',
    codeIntro:
      'Ouvrez votre application d’authentification et saisissez le code à 6 chiffres affiché pour Vigie.',
    code: 'Code à 6 chiffres',
    codeSubmit: 'Se connecter',
    restart: 'Recommencer avec un autre compte',
  },
  setup: {
    title: 'Première connexion',
    intro: 'Choisissez votre mot de passe. Vous configurerez ensuite la vérification en deux étapes.',
    password: 'Nouveau mot de passe',
    passwordAgain: 'Confirmez le mot de passe',
    rulesTitle: 'Votre mot de passe doit :',
    ruleLength: (n: number) =>
      `contenir au moins ${n} caractères (une phrase de plusieurs mots convient très bien) ;`,
    ruleNotEmail: 'être différent de votre adresse e-mail ;',
    ruleNotCommon:
      'ne pas être facile à deviner (pas un mot de passe courant, ni votre nom, ni une suite de touches) ;',
    ruleMatch: 'être saisi deux fois à l’identique.',
    submit: 'Enregistrer le mot de passe',
    missingToken:
      'Ce lien de configuration est incomplet. Ouvrez le lien exact reçu de votre administrateur·rice, ou demandez-en un nouveau.',
    step: (n: number, total: number) => `Étape ${n} sur ${total}`,
  },
  enrol: {
    title: 'Vérification en deux étapes',
    intro:
      'Vigie demande, à chaque connexion, un code à usage unique produit par une application d’authentification (FreeOTP, Aegis, Google Authenticator…).',
    scan: 'Scannez ce code QR avec l’application :',
    qrAlt: 'Code QR à scanner avec votre application d’authentification',
    manual: 'Ou saisissez cette clé à la main :',
    secretLabel: 'Clé secrète',
    confirm: 'Saisissez le code à 6 chiffres que l’application affiche maintenant :',
    code: 'Code à 6 chiffres',
    submit: 'Activer et se connecter',
  },
  shell: {
    skip: 'Aller au contenu',
    nav: 'Navigation principale',
    signedInAs: 'Connecté·e :',
    signOut: 'Se déconnecter',
    home: 'Accueil',
    account: 'Mon compte',
    staff: 'Équipe',
    audit: 'Journal d’audit',
    stats: 'Statistiques',
  },
  home: {
    title: (name: string) => `Bonjour, ${name}`,
    body: 'Vous êtes connecté·e à Vigie. La file de qualification rassemble les contenus signalés en attente ; les notifications et le suivi des retraits arrivent dans une prochaine version.',
    admin:
      'En tant qu’administrateur·rice, vous pouvez déjà gérer les comptes de l’équipe et consulter le journal d’audit.',
    auditor: 'En tant qu’auditeur·rice, vous pouvez déjà consulter le journal d’audit.',
  },
  account: {
    title: 'Mon compte',
    passwordTitle: 'Changer mon mot de passe',
    passwordIntro:
      'Saisissez votre mot de passe actuel, puis le nouveau. Vos autres sessions ouvertes seront fermées ; celle-ci reste ouverte.',
    current: 'Mot de passe actuel',
    newPassword: 'Nouveau mot de passe',
    passwordAgain: 'Confirmez le nouveau mot de passe',
    submit: 'Changer le mot de passe',
    saved: 'Mot de passe changé. Vos autres sessions ont été fermées.',
    currentMissing: 'Saisissez votre mot de passe actuel.',
  },
  notFound: {
    title: 'Page introuvable',
    body: 'Cette adresse ne correspond à aucune page.',
    back: 'Retour à l’accueil',
  },
  staff: {
    title: 'Équipe',
    intro:
      'Les comptes du personnel. Une nouvelle personne reçoit un lien personnel pour choisir son mot de passe.',
    listTitle: 'Comptes',
    count: (n: number) => plural(n, 'compte', 'comptes'),
    name: 'Nom',
    email: 'E-mail',
    role: 'Rôle',
    twoFactor: 'Double authentification',
    status: 'État',
    lastSignIn: 'Dernière connexion',
    actions: 'Actions',
    totpOn: 'Activée',
    totpOff: 'Non configurée',
    active: 'Actif',
    disabled: 'Désactivé',
    you: '(vous)',
    changeRole: (name: string) => `Rôle de ${name}`,
    disable: 'Désactiver',
    enable: 'Réactiver',
    reset: 'Nouveau lien',
    resetLabel: (name: string) => `Envoyer un nouveau lien de configuration à ${name}`,
    disableLabel: (name: string) => `Désactiver le compte de ${name}`,
    enableLabel: (name: string) => `Réactiver le compte de ${name}`,
    roleSaved: (name: string, role: string) => `${name} est maintenant ${role}.`,
    disabledSaved: (name: string) => `Le compte de ${name} est désactivé.`,
    enabledSaved: (name: string) => `Le compte de ${name} est réactivé.`,
    confirmRoleTitle: (name: string) => `Changer le rôle de ${name} ?`,
    confirmRole: (name: string, from: string, to: string) => `${name} passera de ${from} à ${to}.`,
    roleMeans: {
      admin:
        'Un·e administrateur·rice gère les comptes du personnel (création, rôles, désactivation), lit le journal d’audit, la supervision et les statistiques ; il ou elle ne qualifie pas les contenus.',
      supervisor:
        'Un·e superviseur·e qualifie les contenus, tranche les désaccords du double regard, réaffecte le travail et lit les statistiques.',
      analyst:
        'Un·e analyste qualifie les contenus, traite les preuves, envoie les notifications et les retours aux signalants.',
      liaison_officer:
        'Un·e chargé·e de liaison envoie et suit les notifications, tient l’annuaire et la liste des hotlines partenaires, lit les statistiques ; il ou elle ne qualifie pas les contenus.',
      auditor: 'Un·e auditeur·rice lit tout, journal d’audit compris, et ne modifie rien.',
    } satisfies Record<Role, string>,
    confirmRoleAction: 'Changer le rôle',
    confirmDisableTitle: (name: string) => `Désactiver le compte de ${name} ?`,
    confirmDisable: (name: string) =>
      `${name} est déconnecté·e tout de suite et ne pourra plus se connecter. Son travail (qualifications, historique) reste. Vous pourrez réactiver le compte.`,
    confirmDisableAction: 'Désactiver le compte',
    createTitle: 'Ajouter une personne',
    displayName: 'Nom affiché',
    language: 'Langue',
    create: 'Créer le compte',
    linkTitle: (name: string) => `Lien de configuration pour ${name}`,
    linkBody:
      'Transmettez ce lien à la personne par un canal sûr. Il n’est affiché qu’une fois et expire dans 72 h. Il permet de choisir un mot de passe puis d’activer la double authentification.',
    linkLabel: 'Lien de configuration',
  },
  audit: {
    title: 'Journal d’audit',
    intro:
      'Chaque action du personnel, de la plus récente à la plus ancienne. Le journal est chaîné : il ne peut être modifié sans que cela se voie.',
    seq: 'N°',
    at: 'Date',
    actor: 'Auteur',
    action: 'Action',
    target: 'Objet',
    details: 'Détails',
    loadMore: 'Charger les événements plus anciens',
    end: 'Début du journal atteint.',
    empty: 'Aucun événement pour l’instant.',
  },
  auditActions: {
    'auth.signed_in': 'Connexion',
    'auth.signed_out': 'Déconnexion',
    'auth.sign_in_failed': 'Échec de connexion',
    'auth.locked': 'Compte verrouillé',
    'auth.password_set': 'Mot de passe choisi',
    'auth.password_changed': 'Mot de passe changé',
    'auth.password_change_failed': 'Échec du changement de mot de passe',
    'auth.totp_enrolled': 'Double authentification activée',
    'staff.created': 'Compte créé',
    'staff.updated': 'Compte modifié',
    'staff.reset': 'Nouveau lien de configuration',
    'directory.entry_created': 'Entrée d’annuaire ajoutée',
    'directory.entry_updated': 'Entrée d’annuaire modifiée',
    'directory.entry_deleted': 'Entrée d’annuaire supprimée',
    'partner.created': 'Hotline partenaire ajoutée',
    'partner.updated': 'Hotline partenaire modifiée',
    'partner.deleted': 'Hotline partenaire supprimée',
    'partner.seeded': 'Liste des hotlines partenaires initialisée',
    'notice.approved': 'Signalement approuvé',
    'notice.withheld': 'Signalement retenu (non envoyé)',
    'notice.withdrawn': 'Signalement retiré',
    'notice.reply_added': 'Retour de destinataire enregistré',
    'notice.acknowledged': 'Accusé de réception enregistré',
    'notice.marked_sent': 'Signalement marqué envoyé',
    'monitoring.removal_confirmed': 'Retrait confirmé par les vérifications',
    'monitoring.reappeared': 'Contenu revenu en ligne',
    'monitoring.reminded': 'Rappel envoyé aux destinataires',
    'monitoring.escalated': 'Escalade du suivi',
    'monitoring.paused': 'Suivi mis en pause',
    'monitoring.resumed': 'Suivi repris',
    'monitoring.closed_removed': 'Contenu marqué retiré',
    'monitoring.check_requested': 'Vérification demandée',
  } as Record<string, string | undefined>,
  workspace: workspaceFr,
  directory: directoryFr,
  partners: partnersFr,
  hosting: hostingFr,
  capture: captureFr,
  notices: noticesFr,
  monitoring: monitoringFr,
  errors: {
    invalidCredentials: 'Adresse e-mail ou mot de passe incorrect.',
    signInDelayed: (seconds: number) =>
      `Trop d’essais infructueux pour cette adresse. Patientez ${plural(seconds, 'seconde', 'secondes')} avant de réessayer.`,
    signInDelayedNoTime:
      'Trop d’essais infructueux pour cette adresse. Patientez un moment avant de réessayer.',
    tooMany: (minutes: number) =>
      `Trop de tentatives. Réessayez dans ${plural(minutes, 'minute', 'minutes')}.`,
    tooManyNoTime: 'Trop de tentatives. Patientez quelques minutes avant de réessayer.',
    invalidCode: 'Code incorrect ou expiré. Saisissez le code actuellement affiché par l’application.',
    codeFormat: 'Le code est composé de 6 chiffres.',
    passwordTooShort: (n: number) => `Le mot de passe doit contenir au moins ${n} caractères.`,
    passwordPolicy: (n: number) =>
      `Ce mot de passe ne respecte pas les règles : au moins ${n} caractères, et différent de votre adresse e-mail.`,
    wrongStage: 'Cette étape de connexion n’est plus valable. Reconnectez-vous.',
    emailTaken: 'Un compte existe déjà avec cette adresse e-mail.',
    lastAdmin:
      'C’est le dernier compte administrateur actif : nommez d’abord une autre personne administrateur·rice.',
    selfLockout:
      'Vous ne pouvez ni retirer votre propre rôle d’administrateur·rice ni désactiver votre propre compte.',
    passwordMismatch: 'Les deux mots de passe ne sont pas identiques.',
    passwordTooGuessable: {
      common: 'Ce mot de passe fait partie des plus courants, ou en est trop proche.',
      personal: 'Ce mot de passe reprend votre nom ou votre adresse e-mail.',
      keyboard: 'Ce mot de passe suit une rangée ou un motif de touches du clavier.',
      pattern: 'Ce mot de passe repose sur un motif facile à deviner (répétitions, suites, dates).',
      guessable: 'Ce mot de passe est trop facile à deviner.',
    } satisfies Record<WeakPasswordReason, string>,
    passwordAdvice:
      'Choisissez-en un autre : une phrase de plusieurs mots sans lien entre eux convient très bien.',
    wrongPassword: 'Ce n’est pas votre mot de passe actuel.',
    passwordUnchanged: 'Le nouveau mot de passe est identique à l’actuel.',
    setupLinkInvalid:
      'Ce lien de configuration n’est plus valable (déjà utilisé ou expiré). Demandez-en un nouveau.',
    sessionExpired: 'Votre session a expiré. Reconnectez-vous.',
    forbidden: 'Votre rôle ne donne pas accès à cette page.',
    network: 'Le serveur ne répond pas. Vérifiez votre connexion puis réessayez.',
    generic: 'Une erreur est survenue.',
  },
};

export type Messages = typeof fr;
