import './ui.css';
import { useRouter } from '../app/router.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { m } from './messages.ts';

/** One point: a centre (or anything with coordinates), optionally a link. */
export interface MapPoint {
  id: string;
  label: string;
  latitude: number;
  longitude: number;
  href?: string;
  /** Relative size 0–1 (e.g. units against the largest); a fixed radius when absent. */
  weight?: number;
}

const WIDTH = 600;
const HEIGHT = 360;
const PAD = 24;

/**
 * Centres as dots on a plain lat/long grid (no map tiles: the app works offline). The view fits the
 * points; degrees of longitude are shortened by cos(latitude) so the shape is not stretched. Every dot is
 * a keyboard-reachable link with the centre's name.
 */
export function PointMap({ points, title }: { points: MapPoint[]; title: string }) {
  const { t } = useI18n();
  const { navigate } = useRouter();
  if (points.length === 0) return <p className="muted">{t(m.mapNoPoints)}</p>;
  const lats = points.map((p) => p.latitude);
  const lons = points.map((p) => p.longitude);
  const midLat = (Math.min(...lats) + Math.max(...lats)) / 2;
  const kx = Math.cos((midLat * Math.PI) / 180);
  const spanX = Math.max((Math.max(...lons) - Math.min(...lons)) * kx, 0.2);
  const spanY = Math.max(Math.max(...lats) - Math.min(...lats), 0.2);
  const scale = Math.min((WIDTH - 2 * PAD) / spanX, (HEIGHT - 2 * PAD) / spanY);
  const cx = ((Math.min(...lons) + Math.max(...lons)) / 2) * kx;
  const cy = (Math.min(...lats) + Math.max(...lats)) / 2;
  const x = (lon: number) => WIDTH / 2 + (lon * kx - cx) * scale;
  const y = (lat: number) => HEIGHT / 2 - (lat - cy) * scale;
  // Grid lines every whole or half degree, whichever gives a handful.
  const step = Math.max(spanX, spanY) > 3 ? 1 : 0.5;
  const gridLons: number[] = [];
  for (let lon = Math.ceil((cx - WIDTH / 2 / scale) / kx / step) * step; x(lon) < WIDTH; lon += step)
    gridLons.push(lon);
  const gridLats: number[] = [];
  for (let lat = Math.floor((cy + HEIGHT / 2 / scale) / step) * step; y(lat) < HEIGHT; lat -= step)
    gridLats.push(lat);
  return (
    <figure className="point-map">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} width="100%">
        <title>{`${title}. ${t(m.mapLabel, { count: points.length })}`}</title>
        <rect width={WIDTH} height={HEIGHT} className="map-bg" />
        {gridLons.map((lon) => (
          <line key={`x${lon}`} x1={x(lon)} x2={x(lon)} y1={0} y2={HEIGHT} className="map-grid" />
        ))}
        {gridLats.map((lat) => (
          <line key={`y${lat}`} y1={y(lat)} y2={y(lat)} x1={0} x2={WIDTH} className="map-grid" />
        ))}
        {points.map((p) => {
          const r = 5 + 9 * Math.sqrt(p.weight ?? 0.3);
          const dot = (
            <circle key={p.id} cx={x(p.longitude)} cy={y(p.latitude)} r={r} className="map-dot">
              <title>{p.label}</title>
            </circle>
          );
          return p.href ? (
            <a
              key={p.id}
              href={p.href}
              aria-label={p.label}
              onClick={(e) => {
                e.preventDefault();
                navigate(p.href!);
              }}
            >
              {dot}
            </a>
          ) : (
            <g key={p.id}>{dot}</g>
          );
        })}
      </svg>
    </figure>
  );
}
