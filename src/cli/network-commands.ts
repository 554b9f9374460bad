import { type Command, Option } from 'commander';
import { NETWORK_FORMATS } from '../formats/network-formats.ts';
import { lazyAction } from './action.ts';
import { d } from './cli-lang.ts';

/** Registers `simpul network analyze FILE` (file-based, no database) and `simpul network export`. */
export function registerNetworkCommands(program: Command): void {
  const network = program
    .command('network')
    .description(d({ id: 'analisis jaringan', en: 'analyse networks' }));
  network
    .command('analyze')
    .description(
      d({
        id: 'analisis berkas jaringan (daftar sisi, GML, GEXF atau GraphML) tanpa basis data',
        en: 'analyse a network file (edge list, GML, GEXF or GraphML) without the database',
      }),
    )
    .argument('<file>', d({ id: 'berkas jaringan', en: 'network file' }))
    .addOption(
      new Option(
        '--format <format>',
        d({
          id: 'format berkas (bawaan: dari akhiran nama)',
          en: 'file format (default: from the extension)',
        }),
      ).choices(NETWORK_FORMATS),
    )
    .option(
      '--signed',
      d({
        id: 'jaringan bertanda: kolom ketiga daftar sisi adalah tandanya (+/-)',
        en: "signed network: an edge list's third column is the sign (+/-)",
      }),
    )
    .option(
      '--directed',
      d({
        id: 'anggap ikatan berarah (bawaan: sesuai berkas; daftar sisi tak berarah)',
        en: 'treat ties as directed (default: as the file declares; edge lists undirected)',
      }),
    )
    .option(
      '--metrics <list>',
      d({
        id: 'ukuran yang dihitung, dipisah koma (bawaan: semua)',
        en: 'comma-separated metrics to compute (default: all)',
      }),
    )
    .option(
      '--communities <method>',
      d({
        id: 'metode deteksi komunitas: louvain, atau leiden (komunitas selalu tersambung)',
        en: 'community detection method: louvain, or leiden (communities always connected)',
      }),
      'louvain',
    )
    .option(
      '--resolution <gamma>',
      d({
        id: 'resolusi modularitas γ, bilangan tidak negatif: lebih besar, komunitas lebih banyak dan kecil',
        en: 'modularity resolution γ, zero or above: larger gives more, smaller communities',
      }),
      '1',
    )
    .option(
      '--seed <n>',
      d({
        id: 'benih acak untuk deteksi komunitas dan pencarian frustrasi',
        en: 'random seed for community detection and the frustration search',
      }),
      '1',
    )
    .option(
      '--blockmodel <k>',
      d({
        id: 'model blok bertanda dengan k posisi (2–6): konflik di dalam posisi dan kolaborasi antarposisi seminimal mungkin',
        en: 'signed blockmodel into k positions (2–6): as little conflict inside positions and collaboration between them as possible',
      }),
    )
    .option('--json', d({ id: 'cetak hasil lengkap sebagai JSON', en: 'print the full result as JSON' }))
    .option(
      '--timeline',
      d({
        id: 'indikator per tahun (kepadatan, frustrasi ternormalkan, ketahanan ikatan) dari daftar sisi CSV/TSV berkolom start/end',
        en: 'indicators by year (density, normalised frustration, tie persistence) from a CSV/TSV edge list with start/end columns',
      }),
    )
    .option(
      '--layers',
      d({
        id: 'lapisan per jenis ikatan dan tumpang tindihnya (Jaccard) dari daftar sisi CSV/TSV berkolom type',
        en: 'layers by tie type and their overlap (Jaccard) from a CSV/TSV edge list with a type column',
      }),
    )
    .action(lazyAction(() => import('./network-analyze.ts'), 'analyzeFile', { validates: false }));
  network
    .command('export')
    .description(
      d({
        id: 'ekspor jaringan sebuah sentra sebagai GEXF 1.3, GraphML atau CSV (daftar sisi FILE, daftar titik FILE.nodes.csv)',
        en: "export a centre's network as GEXF 1.3, GraphML or CSV (edge list FILE, node list FILE.nodes.csv)",
      }),
    )
    .argument('<file>', d({ id: 'berkas keluaran', en: 'output file' }))
    .requiredOption(
      '--center <center>',
      d({ id: 'id atau nama persis sentra', en: "the centre's id or exact name" }),
    )
    .requiredOption('--format <format>', d({ id: 'gexf, graphml atau csv', en: 'gexf, graphml or csv' }))
    .option(
      '--at <date>',
      d({
        id: 'ikatan dan keanggotaan yang aktif pada hari ini (YYYY-MM-DD); bawaan: semua ikatan',
        en: 'ties and memberships active on this day (YYYY-MM-DD); default: every tie',
      }),
    )
    .action(lazyAction(() => import('./network-export.ts'), 'exportFile'));
}
