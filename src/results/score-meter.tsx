import { useId } from 'react';
import { useTranslation } from 'react-i18next';

/** The score as a bar with its number in text; without a score, why there is none. */
export function ScoreMeter({ score }: { score: number | null }) {
  const { t } = useTranslation('results');
  const labelId = useId();
  if (score === null) return <p className="score score--none">{t('card.noScore')}</p>;
  return (
    <p className="score">
      <span id={labelId} className="score__label">{t('card.score')}</span>
      <meter className="score__meter" min={0} max={100} value={score} aria-labelledby={labelId} />
      <span className="score__text">{t('card.scoreText', { score })}</span>
    </p>
  );
}
