import { useTranslation } from 'react-i18next';
import type { Tool } from '../catalog/types';
import { useFormats } from '../i18n/format';
import { StatusIcon } from './icons';

/**
 * "Support ended (report): 31 July 2021" beside a tool's name, visible without opening anything,
 * wherever a tool past its end of support is shown. `data-discontinued` carries the ISO date.
 */
export function EndOfSupportMark({ tool }: { tool: Tool }) {
  const { t } = useTranslation('results');
  const { date } = useFormats();
  if (!tool.endOfSupport) return null;
  return (
    <span className="status status--warning end-of-support" data-discontinued={tool.endOfSupport.date}>
      <StatusIcon status="warning" />
      {t('card.endOfSupportMark', { date: date(tool.endOfSupport.date) })}
    </span>
  );
}
