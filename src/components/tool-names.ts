import { getTool, reportCatalog } from '../catalog/report';
import { useFormats } from '../i18n/format';

/** A tool's name as the report writes it; an unknown id stays as it is. */
export const toolName = (id: string): string => getTool(reportCatalog, id)?.name ?? id;

/** Tool names as a list in the reader's language: "Zoom, Jitsi Meet and Cisco Webex". */
export function useToolNames() {
  const { list } = useFormats();
  return (ids: readonly string[]) => list(ids.map(toolName));
}
