// Options: which kinds the toolbar button marks (chrome.storage.sync, key "kinds").
const KINDS = ['quote', 'person', 'place', 'date'];
const boxes = [...document.querySelectorAll('input[name="kind"]')];
const saved = document.getElementById('saved');

const { kinds } = await chrome.storage.sync.get({ kinds: KINDS });
for (const box of boxes) box.checked = kinds.includes(box.value);
document.body.dataset.ready = 'true';

for (const box of boxes) {
  box.addEventListener('change', async () => {
    const chosen = boxes.filter((b) => b.checked).map((b) => b.value);
    await chrome.storage.sync.set({ kinds: chosen });
    saved.textContent = chosen.length ? 'Saved. Applies the next time you mark a page.' : 'Saved — nothing will be marked until you choose a kind.';
  });
}
