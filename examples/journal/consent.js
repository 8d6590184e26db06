// The vendor's page for the consent form alone: two children from the journal, an earlier
// decision, and the form inside the vendor's own <form> (form-associated: value as JSON).
const form = document.querySelector('bsp-consent-form');
form.childOptions = [
  { id: 'c1', label: 'Barn 1 (eget barn, 8 år)' },
  { id: 'c2', label: 'Barn 2 (søsken, 15 år)' },
];
form.record = {
  version: 2,
  entries: [
    { id: 'e1', at: '2026-11-20T09:30:00Z', recipient: 'school', decision: 'given', information: ['condition', 'practical'], children: ['c1'], method: 'verbal', recordedBy: 'Sykepleier A' },
    { id: 'e2', at: '2026-11-20T09:31:00Z', recipient: 'health-station', decision: 'refused', information: [], children: [], recordedBy: 'Sykepleier A' },
  ],
};
document.querySelector('#journal-form').addEventListener('submit', (event) => {
  event.preventDefault();
  const value = new FormData(event.target).get('samtykke');
  document.querySelector('#saved').textContent = value ? `Lagret (${JSON.parse(value).entries.length} registreringer).` : '';
});
