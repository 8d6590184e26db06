// A journal-system vendor's React host: patient context in, typed events out, the note and
// FHIR resources saved in the host's own store, a draft kept through reload by the storage adapter.
import { StrictMode, useEffect, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import '@bsp/checklist/define';
import '@bsp/consent/define';
import { createSessionStorage, type ChecklistRecord } from '@bsp/sdk';
import type { ChecklistCompleteDetail } from '@bsp/checklist';
import { loadJournal, saveToJournal, type JournalDocument } from './store.js';

type ChecklistElement = HTMLElementTagNameMap['bsp-child-checklist'];

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements {
      'bsp-child-checklist': React.DetailedHTMLProps<React.HTMLAttributes<ChecklistElement>, ChecklistElement> & {
        subject?: string;
        'draft-key'?: string;
        'heading-level'?: number;
        lang?: string;
      };
    }
  }
}

const patients = [
  { id: 'pas-1001', name: 'Testpasient Kari Fiktiv', born: '1984' },
  { id: 'pas-1002', name: 'Testpasient Ola Oppdiktet', born: '1979' },
];

// Drafts live in this tab's sessionStorage under the vendor's prefix: the host opted in.
const draftStorage = createSessionStorage('epj-demo-draft:');

function Checklist({ patientId, onComplete, onChange }: { patientId: string; onComplete: (d: ChecklistCompleteDetail) => void; onChange: (r: ChecklistRecord) => void }) {
  const ref = useRef<ChecklistElement>(null);
  useEffect(() => {
    const el = ref.current!;
    el.storage = draftStorage;
    const complete = (e: HTMLElementEventMap['bsp-complete']) => onComplete(e.detail);
    const change = (e: HTMLElementEventMap['bsp-change']) => onChange(e.detail.record as ChecklistRecord);
    el.addEventListener('bsp-complete', complete);
    el.addEventListener('bsp-change', change);
    return () => {
      el.removeEventListener('bsp-complete', complete);
      el.removeEventListener('bsp-change', change);
    };
  }, [onComplete, onChange]);
  return <bsp-child-checklist ref={ref} lang="nb" subject={`Patient/${patientId}`} draft-key={patientId} heading-level={3} />;
}

function App() {
  const [patientId, setPatientId] = useState(patients[0]!.id);
  const [journal, setJournal] = useState<JournalDocument[]>(loadJournal);
  const [answered, setAnswered] = useState(0);
  const patient = patients.find((p) => p.id === patientId)!;
  const saved = journal.filter((d) => d.patientId === patientId);

  const onComplete = (detail: ChecklistCompleteDetail) => {
    setJournal(
      saveToJournal({
        patientId,
        savedAt: new Date().toISOString(),
        note: detail.note,
        questionnaireResponse: detail.fhir.questionnaireResponse,
        consent: detail.fhir.consent,
      }),
    );
  };

  return (
    <>
      <header className="site-header">
        <p>
          <strong>EPJ Demo</strong> · journalsystem (fiktivt eksempel)
        </p>
      </header>
      <main>
        <h1>Pasientjournal</h1>
        <div className="card patient-bar">
          <label htmlFor="patient">Pasient</label>
          <select id="patient" value={patientId} onChange={(e) => setPatientId(e.target.value)}>
            {patients.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name} (f. {p.born})
              </option>
            ))}
          </select>
          <span aria-live="polite">Endringer i utkastet: {answered}</span>
        </div>
        <div className="epj">
          <section className="card" aria-labelledby="bsp-h">
            <h2 id="bsp-h">Barn som pårørende</h2>
            <Checklist key={patientId} patientId={patientId} onComplete={onComplete} onChange={() => setAnswered((n) => n + 1)} />
          </section>
          <section className="card" aria-labelledby="journal-h">
            <h2 id="journal-h">Lagret i journalen for {patient.name}</h2>
            {saved.length === 0 ? (
              <p>Ingen dokumenter lagret ennå.</p>
            ) : (
              saved.map((doc) => (
                <article className="saved" key={doc.savedAt}>
                  <h3>Journalnotat {doc.savedAt.slice(0, 16).replace('T', ' ')}</h3>
                  <pre data-testid="saved-note">{doc.note}</pre>
                  <h4>FHIR QuestionnaireResponse</h4>
                  <pre data-testid="saved-fhir">{JSON.stringify(doc.questionnaireResponse, null, 2)}</pre>
                  {doc.consent ? (
                    <>
                      <h4>FHIR Consent</h4>
                      <pre data-testid="saved-consent">{JSON.stringify(doc.consent, null, 2)}</pre>
                    </>
                  ) : null}
                </article>
              ))
            )}
          </section>
        </div>
      </main>
    </>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
