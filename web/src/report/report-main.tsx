/**
 * Entry point of the printable annual report (/app/report.html?year=2026&lang=fr): a page of its own,
 * without the app's shell or session calls. `vigie stats --pdf` loads it in a headless browser, answers
 * its two API calls itself and prints it once `body[data-ready="true"]`.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { AnnualReport, reportParams } from './annual-report.tsx';
import '../styles.css';
import '../pages/stats/stats.css';
import './report.css';

const root = document.getElementById('report');
if (!root) throw new Error('missing #report');
createRoot(root).render(
  <StrictMode>
    <AnnualReport {...reportParams(window.location.search)} />
  </StrictMode>,
);
