import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { OwnCatalog } from '../catalog/own';
import type { Catalog, DataSet } from '../catalog/types';
import { PageHeading } from '../components/page-heading';
import { setPresenting, usePresenting } from '../components/present';
import { loadOwn, useCatalog } from '../components/use-catalog';
import { rankingOf } from '../components/use-ranking';
import { useDataSetLabels } from '../components/data-set-labels';
import { useSavedClients } from '../components/use-saved-clients';
import { useFormats } from '../i18n/format';
import { paths, stepIds } from '../share/routes';
import { maxClientFileBytes } from '../share/client-file';
import {
  addClient, deleteAllClients, deleteClient, duplicateClient, openClient, renameClient, restoreClient, type Deleted, type SavedClient,
} from '../state/client-actions';
import { clientPart, initialPersisted, maxClientName, type PersistedState } from '../state/persisted';
import { useStore } from '../state/store';
import './clients.css';

/** What the page (or its import) last did, said in a live region; `undo` takes a deletion back, `results` links to the opened client. */
type Done = { text: string; undo?: Deleted; reopen?: boolean; results?: boolean; error?: boolean } | null;

/** The tool to name for a client: the one marked as chosen, else the top group (a tie said as one). */
function useTopTool() {
  const { t } = useTranslation('clients');
  const { list } = useFormats();
  const catalogs: Record<DataSet, Catalog> = { report: useCatalog('report'), current: useCatalog('current') };
  return (state: PersistedState): string => {
    if (!state.answered) return t('nothingAnswered');
    const catalog = catalogs[state.dataSet];
    const name = (id: string) => catalog.tools.find((tool) => tool.id === id)?.name ?? id;
    if (state.choice) return t('marked', { tool: name(state.choice) });
    const { top } = rankingOf(catalog, state.answers);
    if (!top.length) return t('noneFits');
    const names = list(top.map((r) => name(r.toolId)));
    return top.length > 1 ? t('tie', { tools: names }) : names;
  };
}

/**
 * /clients: a consultant's clients, each with their own answers, name and notes. Open, start,
 * rename, duplicate, delete (with Undo), import a client's file, delete them all (asked first),
 * and switch present mode. While presenting, the list is hidden: no client's name shows.
 */
export function ClientsPage() {
  const { t } = useTranslation('clients');
  const presenting = usePresenting();
  const navigate = useNavigate();
  const [done, setDone] = useState<Done>(null);
  const openId = useStore((s) => s.id);
  // Read once per change, for the list and for "Delete all clients" alike.
  const clients = useSavedClients(done);
  const start = () => {
    useStore.getState().startClient();
    navigate(paths.step(stepIds[0]));
  };
  return (
    <div className="clients-page">
      <PageHeading>{t('title')}</PageHeading>
      <p className="lead">{t('intro')}</p>
      <div className="button-row">
        <button type="button" className="button" onClick={start}>{t('new')}</button>
      </div>
      <p className="clients-done" role="status" aria-live="polite">
        {done ? <span className={done.error ? 'clients-done__error' : undefined}>{done.text}</span> : null}
        {done?.undo ? (
          <> <button type="button" className="button button--secondary" onClick={() => void restoreClient(done.undo!, done.reopen === true).then(() => setDone(null))}>{t('undo')}</button></>
        ) : null}
      </p>
      {presenting ? <p className="clients-hidden">{t('present.listHidden')}</p> : <ClientList clients={clients} openId={openId} onDone={setDone} />}
      <ImportClient />
      <section className="clients-present" aria-labelledby="clients-present">
        <h2 id="clients-present">{t('present.title')}</h2>
        <p>{t('present.body')}</p>
        <button type="button" className="button button--secondary" aria-pressed={presenting} data-present-switch onClick={() => setPresenting(!presenting)}>
          {presenting ? t('present.off') : t('present.on')}
        </button>
      </section>
      {presenting || !clients.length ? null : <DeleteAll count={clients.length} onDone={setDone} />}
    </div>
  );
}

/** One client's data set and top tool, as its row says them. */
type Describe = (state: PersistedState) => { dataSet: string; top: string };

function ClientList({ clients, openId, onDone }: { clients: SavedClient[]; openId: string; onDone: (done: Done) => void }) {
  const { t } = useTranslation('clients');
  // The catalogs and words once for the whole list, not per row.
  const labels = useDataSetLabels();
  const topTool = useTopTool();
  const describe: Describe = (state) => ({ dataSet: labels[state.dataSet].label, top: topTool(state) });
  // The open client as the store holds it now (its entry may be a keystroke behind, or not written yet).
  // What its row shows, each followed on its own (a shallow-compare helper would add to every first load).
  useStore((s) => s.client);
  useStore((s) => s.answers);
  useStore((s) => s.dataSet);
  useStore((s) => s.choice);
  useStore((s) => s.answered);
  const open = clientPart(useStore.getState());
  const blankOpen = !clients.some((c) => c.id === openId);
  const openRow: SavedClient = { id: openId, status: 'ok', state: open, changed: clients.find((c) => c.id === openId)?.changed ?? null, raw: '' };
  const rows = blankOpen ? [openRow, ...clients] : clients.map((c) => (c.id === openId ? openRow : c));
  return (
    <section aria-labelledby="clients-list">
      <h2 id="clients-list">{t('listLabel')}</h2>
      {rows.length ? (
        <ul className="client-list">
          {rows.map((c) => <ClientRow key={c.id} client={c} isOpen={c.id === openId} saved={!(blankOpen && c.id === openId)} describe={describe} onDone={onDone} />)}
        </ul>
      ) : <p>{t('empty')}</p>}
    </section>
  );
}

function ClientRow({ client, isOpen, saved, describe, onDone }: { client: SavedClient; isOpen: boolean; saved: boolean; describe: Describe; onDone: (done: Done) => void }) {
  const { t } = useTranslation('clients');
  const { moment } = useFormats();
  const navigate = useNavigate();
  const [renaming, setRenaming] = useState(false);
  const id = useId();
  const name = client.state?.client.name || t('unnamed');
  const remove = () => {
    const deleted = deleteClient(client.id);
    onDone({ text: t('deleted', { name: deleted.name || t('unnamed') }), undo: deleted, reopen: isOpen });
  };
  if (client.status !== 'ok') {
    return (
      <li className="client-row" data-client-id={client.id} data-client-status={client.status}>
        <h3 className="client-row__name">{t('unnamed')}</h3>
        <p className="client-row__meta">{t(client.status)}</p>
        <div className="button-row">
          <button type="button" className="button button--quiet" onClick={remove}>{t('delete')}</button>
        </div>
      </li>
    );
  }
  const { state } = client;
  const described = describe(state);
  return (
    <li className="client-row" data-client-id={client.id} aria-current={isOpen ? 'true' : undefined}>
      <h3 className="client-row__name" id={`${id}-name`}>{name}{isOpen ? <span className="client-row__open"> · {t('isOpen')}</span> : null}</h3>
      <dl className="client-row__meta">
        <div><dt>{t('columns.changed')}</dt><dd>{client.changed ? moment(client.changed) : t('notSaved')}</dd></div>
        <div><dt>{t('columns.dataSet')}</dt><dd>{described.dataSet}</dd></div>
        <div><dt>{t('columns.top')}</dt><dd data-top-tool>{described.top}</dd></div>
      </dl>
      {renaming ? (
        <RenameForm
          current={state.client.name}
          label={t('renameLabel', { name })}
          onCancel={() => setRenaming(false)}
          onSave={(next) => {
            setRenaming(false);
            onDone(renameClient(client.id, next) ? { text: t('renamed', { name: next || t('unnamed') }) } : { text: t('problems.unsaved'), error: true });
          }}
        />
      ) : (
        <div className="button-row" role="group" aria-labelledby={`${id}-name`}>
          {isOpen ? null : (
            <button type="button" className="button" onClick={() => void openClient(client.id).then(() => navigate(state.answered ? paths.results : paths.step(stepIds[0])))}>
              {t('open')}
            </button>
          )}
          <button type="button" className="button button--secondary" onClick={() => setRenaming(true)}>{t('rename')}</button>
          {saved ? (
            <button type="button" className="button button--secondary" onClick={() => onDone(duplicateClient(client.id) ? { text: t('duplicated') } : { text: t('problems.unsaved'), error: true })}>
              {t('duplicate')}
            </button>
          ) : null}
          {saved ? <button type="button" className="button button--quiet" onClick={remove}>{t('delete')}</button> : null}
        </div>
      )}
    </li>
  );
}

function RenameForm({ current, label, onSave, onCancel }: { current: string; label: string; onSave: (name: string) => void; onCancel: () => void }) {
  const { t } = useTranslation('clients');
  const [value, setValue] = useState(current);
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => input.current?.focus(), []);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSave(value.trim());
  };
  return (
    <form className="client-rename" onSubmit={submit} onKeyDown={(e) => e.key === 'Escape' && onCancel()}>
      <label htmlFor={id} className="adjust__label">{label}</label>
      <input id={id} ref={input} className="text-input" type="text" autoComplete="off" maxLength={maxClientName} value={value} onChange={(e) => setValue(e.target.value)} />
      <div className="button-row">
        <button type="submit" className="button">{t('save')}</button>
        <button type="button" className="button button--quiet" onClick={onCancel}>{t('cancel')}</button>
      </div>
    </form>
  );
}

/**
 * Adds the own tools a client's file used to the saved own catalog, and includes them in the
 * ranking. A saved tool or correction with the same id (or cell) that differs is never replaced
 * without asking: it is kept, and the file's is left out. Returns how many were left out.
 */
function addOwnTools({ ownStore }: Awaited<ReturnType<typeof loadOwn>>, catalogs: readonly OwnCatalog[]): number {
  let kept = 0;
  for (const added of catalogs) {
    const saved = ownStore.getState().catalog;
    const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
    const tools = added.tools.filter((tool) => !saved?.tools.some((s) => s.id === tool.id && !same(s, tool)));
    const changes = added.changes.filter((c) => !saved?.changes.some((s) => s.tool === c.tool && s.row === c.row && !same(s, c)));
    kept += added.tools.length - tools.length + added.changes.length - changes.length;
    ownStore.getState().addCatalog({ ...added, tools, changes });
  }
  ownStore.getState().setInclude(true);
  return kept;
}

/**
 * Import of a client's file: it becomes a new client and opens; a bad file is refused whole, with
 * what is wrong, said beside the field.
 */
function ImportClient() {
  const { t } = useTranslation(['clients', 'common']);
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [done, onDone] = useState<Done>(null);
  const read = async (file: File) => {
    onDone(null);
    const fail = (problem: string, at?: string) => onDone({ text: `${t('import.failed')} ${t(`problems.${problem}` as 'problems.invalid', { at })}`, error: true });
    if (file.size > maxClientFileBytes) return fail('tooLarge');
    const [{ parseClientFile }, text] = await Promise.all([import('../share/client-schema'), file.text()]);
    const parsed = parseClientFile(text);
    if (!parsed.ok) return fail(parsed.problem, parsed.at);
    const { ownTools, exportedAt, lang, ...rest } = parsed.value;
    const opened = await addClient({ ...initialPersisted, ...rest, answered: true, created: new Date().toISOString(), exportedAt });
    if (!opened) return fail('unsaved');
    const kept = ownTools.length ? addOwnTools(await loadOwn(), ownTools) : 0;
    // The same page as where it was exported: in its language too.
    if (lang) useStore.getState().setLang(lang);
    const name = rest.client.name || t('unnamed');
    const own = ownTools.length ? ` ${t('import.ownAdded')}${kept ? ` ${t('import.ownKept', { count: kept })}` : ''}` : '';
    onDone({ text: `${t('import.done', { name })}${own}`, results: true });
  };
  return (
    <section className="clients-import" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('import.title')}</h2>
      <label htmlFor={id} className="adjust__label">{t('import.label')}</label>
      <p id={`${id}-hint`} className="field-hint">{t('import.hint')}</p>
      <input
        id={id}
        ref={input}
        type="file"
        accept="application/json,.json"
        data-import-client
        aria-describedby={`${id}-hint`}
        aria-invalid={done?.error ? true : undefined}
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) void read(file);
        }}
      />
      {/* An error is announced at once; a success politely, with the way to the results. */}
      <p className="clients-done" role="status">
        {done && !done.error ? done.text : null}
        {done?.results ? <> <Link to={paths.results}>{t('common:nav.results')}</Link></> : null}
      </p>
      {done?.error ? <p className="clients-done clients-done__error" role="alert">{done.text}</p> : null}
    </section>
  );
}

/** Deleting every client: a separate action that asks first. */
function DeleteAll({ count, onDone }: { count: number; onDone: (done: Done) => void }) {
  const { t } = useTranslation('clients');
  const [asking, setAsking] = useState(false);
  if (!asking) {
    return (
      <div className="button-row clients-delete-all">
        <button type="button" className="button button--quiet" onClick={() => setAsking(true)}>{t('deleteAll.button')}</button>
      </div>
    );
  }
  return (
    <div className="forget clients-delete-all" role="group" aria-labelledby="delete-all-question">
      <p id="delete-all-question">{t('deleteAll.question', { count })}</p>
      <div className="button-row">
        <button
          type="button"
          className="button button--warning"
          onClick={() => {
            deleteAllClients();
            setAsking(false);
            onDone({ text: t('deleteAll.done') });
          }}
        >
          {t('deleteAll.confirm')}
        </button>
        <button type="button" className="button button--quiet" onClick={() => setAsking(false)} autoFocus>{t('deleteAll.cancel')}</button>
      </div>
    </div>
  );
}
