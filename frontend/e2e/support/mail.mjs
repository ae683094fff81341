// The mail the server under test sent, read from the Mailpit that serve-and-run.sh starts as
// its SMTP server (MAILPIT_URL: Mailpit's web address, whose API lists and shows messages).
//
//   const mail = await waitForMail({ to: 'new.tech@demo.test', subject: /invitation/i });
//   await page.goto(firstLink(mail, '/invitation/'));
//
// The specs run side by side against one Mailpit: find a message by its recipient (an address
// the spec made up) and, when the spec sends several alike, by `since`.

const MAILPIT_URL = (process.env.MAILPIT_URL ?? '').replace(/\/+$/, '');

async function api(path) {
  if (!MAILPIT_URL) throw new Error('MAILPIT_URL is not set: run the specs through e2e/serve-and-run.sh (make test-e2e)');
  const res = await fetch(`${MAILPIT_URL}${path}`);
  if (!res.ok) throw new Error(`Mailpit ${path}: HTTP ${res.status} ${await res.text()}`);
  return res.json();
}

function matches(summary, { to, subject, since }) {
  const want = to.toLowerCase();
  if (!(summary.To ?? []).some((a) => a.Address.toLowerCase() === want)) return false;
  if (since && new Date(summary.Created) < since) return false;
  if (subject instanceof RegExp) return subject.test(summary.Subject);
  if (typeof subject === 'string') return summary.Subject.includes(subject);
  return true;
}

const decodeEntities = (s) =>
  s.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>');

/** The http(s) links of a message: the HTML part's hrefs first, then the URLs of the text part. */
function linksOf(html, text) {
  const links = [];
  for (const m of (html ?? '').matchAll(/href\s*=\s*["']([^"']+)["']/gi)) links.push(decodeEntities(m[1]));
  for (const m of (text ?? '').matchAll(/https?:\/\/[^\s<>"')\]]+/g)) links.push(m[0].replace(/[.,;:!?]+$/, ''));
  return [...new Set(links.filter((l) => /^https?:\/\//i.test(l)))];
}

/**
 * Waits for a message to `to` (and, when given, whose subject contains `subject` or matches it as
 * a RegExp, received at or after the Date `since`); the newest such message, read whole:
 * { id, messageId, subject, from, to[], text, html, links[], attachments[] }. Fails after
 * `timeout` ms, naming what did arrive for that address.
 */
export async function waitForMail({ to, subject, since } = {}, timeout = 15000) {
  if (!to) throw new Error('waitForMail: say to whom ({ to })');
  const deadline = Date.now() + timeout;
  for (;;) {
    const page = await api('/api/v1/messages?limit=500'); // newest first
    const found = (page.messages ?? []).find((m) => matches(m, { to, subject, since }));
    if (found) {
      const m = await api(`/api/v1/message/${encodeURIComponent(found.ID)}`);
      return {
        id: m.ID,
        messageId: m.MessageID,
        subject: m.Subject,
        from: m.From?.Address,
        to: (m.To ?? []).map((a) => a.Address),
        text: m.Text ?? '',
        html: m.HTML ?? '',
        links: linksOf(m.HTML, m.Text),
        attachments: (m.Attachments ?? []).map((a) => ({ filename: a.FileName, contentType: a.ContentType, size: a.Size })),
      };
    }
    if (Date.now() > deadline) {
      const theirs = (page.messages ?? []).filter((m) => matches(m, { to })).map((m) => `"${m.Subject}"`);
      throw new Error(
        `no mail to ${to}${subject ? ` with subject ${subject}` : ''} after ${timeout} ms` +
          (theirs.length ? `; received for that address: ${theirs.join(', ')}` : '; nothing for that address'),
      );
    }
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** The first link of `mail` whose path starts with `pathPrefix` (e.g. '/invitation/'). */
export function firstLink(mail, pathPrefix = '/') {
  const link = mail.links.find((l) => {
    try {
      return new URL(l).pathname.startsWith(pathPrefix);
    } catch {
      return false;
    }
  });
  if (!link) throw new Error(`no link to ${pathPrefix}… in "${mail.subject}"; its links: ${mail.links.join(' ') || 'none'}`);
  return link;
}
