import { useId, type ReactNode } from 'react';
import { StatusIcon } from './icons';

type Tone = 'info' | 'warning' | 'error';

interface Props {
  tone: Tone;
  /** The box's heading; the section is named by it. */
  title?: ReactNode;
  /** Heading level that fits where the box stands. */
  level?: 2 | 3 | 4;
  /** `status` for messages that appear in response to something (notices). */
  role?: 'status';
  className?: string;
  children: ReactNode;
}

/**
 * A left-bordered box with an icon and a heading (DESIGN.md "Notes and warnings"):
 * the meaning never rests on colour alone.
 */
export function Callout({ tone, title, level = 2, role, className, children }: Props) {
  const id = useId();
  const Heading = `h${level}` as const;
  const icon = tone === 'info' ? 'info' : 'warning';
  const Box = title ? 'section' : 'div';
  return (
    <Box className={`callout callout--${tone}${className ? ` ${className}` : ''}`} role={role} aria-labelledby={title ? id : undefined}>
      <StatusIcon status={icon} className="callout__icon" />
      <div className="callout__body">
        {title ? <Heading id={id} className="callout__title">{title}</Heading> : null}
        {children}
      </div>
    </Box>
  );
}
