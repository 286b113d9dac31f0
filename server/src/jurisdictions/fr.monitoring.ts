/**
 * How a French hotline follows its notices until the content is gone (features/monitoring reads it;
 * the texts are filled in by the notices composer, which lists the placeholders). Category ids are
 * those of fr.ts.
 *
 * The rhythm: a first check a day after the first notice, then daily; child sexual abuse material
 * twice a day, reminded after 3 days (INHOPE's members aim at removal within days), the rest after 7.
 * Two reminders, then escalation: the domain's registrar can suspend a name the host will not act
 * on, and PHAROS is told of what is still online (a recipient already told is not told again);
 * content harmful to minors is only reminded.
 * A removal counts after two consecutive "removed" checks (one failed answer is not a removal), and
 * removed content is looked at again a week and a month later, since it often comes back.
 */
import type { MonitoringRules, NoticeTemplate } from './jurisdiction.ts';

const template = (subject: string, body: string): NoticeTemplate => ({ subject, body });

export const frMonitoring: MonitoringRules = {
  confirmations: 2,
  afterRemovalDays: [7, 30],
  schedule: {
    firstCheckHours: 24,
    everyHours: 24,
    reminderAfterDays: 7,
    reminders: 2,
    escalateTo: ['registrar', 'police_portal'],
  },
  byCategory: {
    child_sexual_abuse_material: {
      firstCheckHours: 12,
      everyHours: 12,
      reminderAfterDays: 3,
      escalateTo: ['registrar', 'police_portal', 'police_liaison'],
    },
    // Legal for adults, missing an age check: reminders only. The police handle content illegal as
    // such, and access controls are Arcom's field (fr.notices.ts says the same of the first notices).
    harmful_to_minors: { escalateTo: [] },
  },
  reminderTemplate: {
    fr: template(
      'Rappel : contenus toujours en ligne — {notifier_name}, réf. {notice_id}',
      `{recipient_name}

Madame, Monsieur,

Le {first_notice_date}, {notifier_name} vous a signalé des contenus illicites (réf. {first_notice_id}). À ce jour, ceux-ci sont toujours accessibles (nombre de contenus : {item_count}) :

{items}

Nous vous demandons de les retirer ou d’en rendre l’accès impossible sans délai, et de nous le confirmer en répondant à ce message avec la référence {notice_id}.

{notifier_name}
{notifier_email}
{notifier_website}
{date}`,
    ),
    en: template(
      'Reminder: content still online — {notifier_name}, ref. {notice_id}',
      `{recipient_name}

Dear abuse team,

On {first_notice_date}, {notifier_name} notified you of illegal content (ref. {first_notice_id}). It is still online today (items: {item_count}):

{items}

Please remove it or disable access to it without delay, and confirm by replying to this message with the reference {notice_id}.

{notifier_name}
{notifier_email}
{notifier_website}
{date}`,
    ),
  },
  reappearedTemplate: {
    fr: template(
      'Contenus de nouveau en ligne — {notifier_name}, réf. {notice_id}',
      `{recipient_name}

Madame, Monsieur,

Des contenus que {notifier_name} vous avait signalés le {first_notice_date} (réf. {first_notice_id}) et qui avaient été retirés sont de nouveau accessibles (nombre de contenus : {item_count}) :

{items}

Nous vous demandons de les retirer de nouveau, de veiller à ce qu’ils ne reviennent pas, et de nous le confirmer en répondant à ce message avec la référence {notice_id}.

{notifier_name}
{notifier_email}
{notifier_website}
{date}`,
    ),
    en: template(
      'Content back online — {notifier_name}, ref. {notice_id}',
      `{recipient_name}

Dear abuse team,

Content that {notifier_name} notified you of on {first_notice_date} (ref. {first_notice_id}), and that had been removed, is online again (items: {item_count}):

{items}

Please remove it again, make sure it does not come back, and confirm by replying to this message with the reference {notice_id}.

{notifier_name}
{notifier_email}
{notifier_website}
{date}`,
    ),
  },
};
