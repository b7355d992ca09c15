// Options: which kinds the toolbar button marks (chrome.storage.sync, key "kinds"), and the
// sites marked as soon as they load (chrome.storage.local "alwaysOrigins", each with its
// host permission granted at run time). Text in the browser's language (_locales).
const KINDS = ['quote', 'person', 'place', 'date'];
const t = (key, subs) => chrome.i18n.getMessage(key, subs) || key;

document.documentElement.lang = chrome.i18n.getUILanguage().split('-')[0] === 'de' ? 'de' : 'en';
for (const el of document.querySelectorAll('[data-i18n]')) el.textContent = t(el.dataset.i18n);

const boxes = [...document.querySelectorAll('input[name="kind"]')];
const saved = document.getElementById('saved');
const { kinds } = await chrome.storage.sync.get({ kinds: KINDS });
for (const box of boxes) box.checked = kinds.includes(box.value);

for (const box of boxes) {
  box.addEventListener('change', async () => {
    const chosen = boxes.filter((b) => b.checked).map((b) => b.value);
    await chrome.storage.sync.set({ kinds: chosen });
    saved.textContent = t(chosen.length ? 'optionsSaved' : 'optionsSavedNone');
  });
}

const sites = document.getElementById('sites');
async function showSites() {
  const { alwaysOrigins: list = [] } = await chrome.storage.local.get({ alwaysOrigins: [] });
  sites.replaceChildren(...list.map((origin) => {
    const li = document.createElement('li');
    const name = document.createElement('span');
    name.textContent = origin;
    const remove = document.createElement('button');
    remove.type = 'button';
    remove.textContent = '×';
    remove.setAttribute('aria-label', t('optionsRemoveSite', [origin]));
    remove.addEventListener('click', async () => {
      const { alwaysOrigins: now = [] } = await chrome.storage.local.get({ alwaysOrigins: [] });
      await chrome.storage.local.set({ alwaysOrigins: now.filter((o) => o !== origin) });
      const u = new URL(origin);
      await chrome.permissions.remove({ origins: [`${u.protocol}//${u.hostname}/*`] }).catch(() => {});
    });
    li.append(name, ' ', remove);
    return li;
  }));
  document.getElementById('sites-none').hidden = list.length > 0;
}
chrome.storage.onChanged.addListener((changes, area) => {
  if (area === 'local' && changes.alwaysOrigins) showSites();
});
await showSites();
document.body.dataset.ready = 'true';
