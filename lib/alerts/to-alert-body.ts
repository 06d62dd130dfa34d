import type { AlertChannelKind } from '@/lib/db';
import type { AlertCandidate } from './alert-candidate';

/** Slack's section text holds at most 3,000 characters (Block Kit reference, section block). */
const SLACK_SECTION_MAX = 3_000;
/** Long causes and evidence are cut: a message is a pointer to the page, not the page. */
const TEXT_MAX = 2_000;

/** The page a message links to: STATESCOPE_PUBLIC_URL (or the dashboard's address) plus the path. */
export function toAlertLink(publicUrl: string, href: string): string {
  return `${publicUrl.replace(/\/+$/, '')}${href}`;
}

/**
 * The exact JSON a channel receives. Webhook: the alert as data, with an id a receiver can deduplicate on
 * (delivery is at least once). Slack: an incoming-webhook message, `text` for notifications and `blocks`
 * with the details and a link back. JSON.stringify escapes control characters and lone surrogates.
 */
export function toAlertBody(channel: AlertChannelKind, candidate: AlertCandidate, options: { link: string; now: Date }): string {
  const text = cut(candidate.text, TEXT_MAX);
  if (channel === 'webhook') {
    return JSON.stringify({
      id: `${candidate.ruleId}:${candidate.subjectKey}:${options.now.toISOString()}`,
      type: candidate.kind,
      rule: { id: candidate.ruleId, name: candidate.ruleName },
      severity: candidate.severity,
      subject: { key: candidate.subjectKey, name: candidate.subjectName },
      title: candidate.title,
      text,
      facts: candidate.facts,
      url: options.link,
      createdAt: options.now.toISOString(),
    });
  }
  const icon = candidate.severity === 'critical' ? ':rotating_light:' : ':warning:';
  const details = [`${icon} *${escapeSlack(candidate.title)}*`, escapeSlack(text), ...candidate.facts.map((fact) => `*${escapeSlack(fact.label)}:* ${escapeSlack(fact.value)}`)].join('\n');
  return JSON.stringify({
    text: `${candidate.severity === 'critical' ? 'Critical' : 'Warning'}: ${escapeSlack(cut(candidate.title, TEXT_MAX))}`,
    blocks: [
      { type: 'section', text: { type: 'mrkdwn', text: cut(details, SLACK_SECTION_MAX) } },
      {
        type: 'context',
        elements: [{ type: 'mrkdwn', text: cut(`<${escapeSlack(options.link)}|Open in Statescope> · rule “${escapeSlack(candidate.ruleName)}”`, SLACK_SECTION_MAX) }],
      },
    ],
  });
}

/**
 * Slack reads &, < and > as markup (links, mentions such as <!channel>): they are escaped so a state
 * name or cause cannot ping a channel or forge a link (https://api.slack.com/reference/surfaces/formatting#escaping).
 */
function escapeSlack(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}

function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  // Never split a surrogate pair: a lone half would make the JSON unreadable to strict parsers.
  const end = /[\uD800-\uDBFF]/.test(text[max - 2] ?? '') ? max - 2 : max - 1;
  return `${text.slice(0, end)}…`;
}
