import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { criterionIds, type Answers, type Importance } from '../scoring/types';
import { reportCatalog } from '../catalog';
import { localeTags } from '../i18n/languages';
import { useStore } from '../wizard/store';
import { useLang } from './use-lang';

/** Today's date in the reader's language, refreshed when printing starts. */
function usePrintDate(): string {
  const lang = useLang();
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const refresh = () => setNow(new Date());
    window.addEventListener('beforeprint', refresh);
    return () => window.removeEventListener('beforeprint', refresh);
  }, []);
  return new Intl.DateTimeFormat(localeTags[lang], { dateStyle: 'long' }).format(now);
}

function AnswersList({ answers }: { answers: Answers }) {
  const { t } = useTranslation('results');
  const lang = useLang();
  const weighed = (level: Importance) => {
    const list = criterionIds.filter((c) => answers.importance[c] === level).map((c) => t(`criteria.${c}`));
    return list.length ? list.join('; ') : t('memo.none');
  };
  const rows: [string, string][] = [
    [t('criteria.participants'), new Intl.NumberFormat(localeTags[lang]).format(answers.participants)],
    [t('criteria.hosting'), t(`hosting.${answers.hosting}`)],
    [t('criteria.budget'), t(`budget.${answers.budget}`)],
    [t('memo.discontinuedLabel'), answers.includeDiscontinued ? t('memo.discontinuedYes') : t('memo.discontinuedNo')],
    [t('importance.must'), weighed('must')],
    [t('importance.nice'), weighed('nice')],
  ];
  return (
    <dl className="memo-answers">
      {rows.map(([term, value]) => (
        <div key={term} className="memo-answers__row">
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** The memo's head, only in print: title, date, language, the client and the answers. */
export function MemoHeader() {
  const { t } = useTranslation(['results', 'common']);
  const date = usePrintDate();
  const client = useStore(useShallow((s) => s.client));
  const answers = useStore((s) => s.answers);
  return (
    <div className="memo-header print-only" hidden>
      <p className="memo-header__app">{t('common:app.name')}</p>
      <p className="memo-header__title">{t('results:memo.heading')}</p>
      <p className="memo-header__meta">
        {t('results:memo.printed', { date })} · {t('results:memo.language')}
      </p>
      {client.name.trim() ? <p className="memo-header__client">{t('results:memo.client', { name: client.name.trim() })}</p> : null}
      {client.notes.trim() ? (
        <>
          <h2>{t('results:memo.notesTitle')}</h2>
          <p className="memo-header__notes">{client.notes.trim()}</p>
        </>
      ) : null}
      <h2>{t('results:memo.answersTitle')}</h2>
      <AnswersList answers={answers} />
    </div>
  );
}

/** The memo's end, only in print: the share link as text, the source and its limits. */
export function MemoFooter({ url }: { url: string }) {
  const { t } = useTranslation(['results', 'catalog']);
  const source = reportCatalog.source;
  return (
    <div className="memo-footer print-only" hidden>
      <h2>{t('results:memo.linkTitle')}</h2>
      <p className="memo-footer__link">{url}</p>
      <h2>{t('results:memo.sourceTitle')}</h2>
      <p>
        {t('results:memo.sourceText', {
          title: t('catalog:source.title'),
          subtitle: t('catalog:source.subtitle'),
          publisher: t('catalog:source.publisher'),
          year: source.year,
        })}
      </p>
      <p>{t('catalog:source.disclaimer')}</p>
      <p>{t('catalog:source.asOf')}</p>
    </div>
  );
}
