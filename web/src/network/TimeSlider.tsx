import { useEffect, useId } from 'react';
import { formatDate } from '../i18n/format.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { dayOf, isoOfDay } from './graph-model.ts';
import { nm } from './messages.ts';

/** One play step moves the date by about a quarter year; at the end it stops. */
const STEP_DAYS = 91;
const STEP_MS = 700;

interface Props {
  range: { min: string; max: string };
  /** Day number when the date filter is on, else null (every tie ever recorded). */
  day: number | null;
  onDay(day: number | null): void;
  playing: boolean;
  onPlaying(playing: boolean): void;
}

/**
 * The network over time: a date slider over the years ties were recorded (arrow keys move a day, Page
 * Up/Down larger steps, as any range input), and a play button that walks the date forward so ties
 * appear and end on screen. The filter is the API's `?at=` rule, applied to the loaded ties.
 */
export function TimeSlider({ range, day, onDay, playing, onPlaying }: Props) {
  const { t, lang } = useI18n();
  const id = useId();
  const minDay = dayOf(range.min);
  const maxDay = dayOf(range.max);
  useEffect(() => {
    if (!playing) return;
    const timer = window.setInterval(() => {
      const next = Math.min(maxDay, (day ?? minDay) + STEP_DAYS);
      onDay(next);
      if (next >= maxDay) onPlaying(false);
    }, STEP_MS);
    return () => window.clearInterval(timer);
  }, [playing, day, minDay, maxDay, onDay, onPlaying]);
  const play = () => {
    if (playing) return onPlaying(false);
    if (day === null || day >= maxDay) onDay(minDay);
    onPlaying(true);
  };
  const years = [];
  for (let y = Number(range.min.slice(0, 4)); y <= Number(range.max.slice(0, 4)); y++) years.push(y);
  return (
    <fieldset className="network-date">
      <legend className="network-date-title">{t(nm.time)}</legend>
      <button type="button" onClick={play} aria-pressed={playing} data-testid="time-play">
        <span aria-hidden="true">{playing ? '❚❚' : '▶'}</span> {t(playing ? nm.pause : nm.play)}
      </button>
      <label className="check">
        <input
          type="checkbox"
          checked={day !== null}
          onChange={(e) => {
            onPlaying(false);
            onDay(e.target.checked ? maxDay : null);
          }}
          data-testid="date-toggle"
        />{' '}
        {t(nm.useDate)}
      </label>
      <label htmlFor={`${id}-date`} className="sr-only">
        {t(nm.date)}
      </label>
      <input
        id={`${id}-date`}
        type="range"
        min={minDay}
        max={maxDay}
        step={1}
        list={`${id}-years`}
        value={day ?? maxDay}
        disabled={day === null}
        onChange={(e) => onDay(Number(e.target.value))}
        aria-valuetext={day === null ? t(nm.allDates) : formatDate(lang, isoOfDay(day))}
        data-testid="date-slider"
      />
      <datalist id={`${id}-years`}>
        {years.map((y) => (
          <option key={y} value={dayOf(`${y}-01-01`)} label={String(y)} />
        ))}
      </datalist>
      <output htmlFor={`${id}-date`} className="small" data-testid="date-value">
        {day === null ? t(nm.allDates) : t(nm.dateValue, { date: formatDate(lang, isoOfDay(day)) })}
      </output>
    </fieldset>
  );
}
