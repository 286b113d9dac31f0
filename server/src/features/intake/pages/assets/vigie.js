// Vigie public pages: small conveniences on top of pages that work fully without JavaScript.
// Live counts for the addresses and the description, copy and print buttons on the receipt,
// focus on the error summary, and no double submission. No network calls, no storage.
(() => {
  const lang = document.documentElement.lang;
  const fill = (template, n) => template.replace('{n}', n.toLocaleString(lang));
  // The page language's plural rule, as on the server (plural.ts): French says "0 caractère".
  const plural = new Intl.PluralRules(lang);

  function liveCount(field) {
    const output = document.getElementById(`${field.id}-count`);
    if (!output) return;
    const update = () => {
      const lines = field.hasAttribute('data-count-lines');
      const n = lines
        ? field.value.split(/\n/).filter((line) => line.trim() !== '').length
        : field.value.length;
      const one = plural.select(n) === 'one' && field.dataset.countOne;
      const template = one ? field.dataset.countOne : field.dataset.countOther;
      output.textContent = fill(template || '{n}', n);
      const max = Number(field.dataset.max || (lines ? 50 : 0));
      output.classList.toggle('field-error', max > 0 && n > max);
    };
    output.hidden = false;
    field.addEventListener('input', update);
    update();
  }

  function copyButton(button) {
    if (!navigator.clipboard) return;
    button.hidden = false;
    const label = button.textContent;
    button.addEventListener('click', async () => {
      try {
        await navigator.clipboard.writeText(button.dataset.copy || '');
        button.textContent = button.dataset.copiedLabel || label;
        setTimeout(() => {
          button.textContent = label;
        }, 2500);
      } catch {
        // Copying was refused (permissions): the code stays selectable by hand.
      }
    });
  }

  function init() {
    for (const field of document.querySelectorAll('[data-count-lines], [data-count-chars]')) liveCount(field);
    for (const button of document.querySelectorAll('[data-copy]')) copyButton(button);
    for (const button of document.querySelectorAll('[data-print]')) {
      button.hidden = false;
      button.addEventListener('click', () => window.print());
    }
    const summary = document.querySelector('[data-autofocus]');
    if (summary) summary.focus();
    for (const form of document.querySelectorAll('form[method="post"]')) {
      form.addEventListener('submit', (event) => {
        if (form.dataset.sent) event.preventDefault();
        form.dataset.sent = 'yes';
        // A download does not leave the page, so that form must stay usable.
        if (form.action.includes('/receipt')) setTimeout(() => delete form.dataset.sent, 1500);
      });
    }
  }

  // Coming back with the Back button restores the page from cache: let the forms be sent again.
  window.addEventListener('pageshow', () => {
    for (const form of document.querySelectorAll('form[data-sent]')) delete form.dataset.sent;
  });

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', init);
  else init();
})();
