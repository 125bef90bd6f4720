import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { App } from './app';
import { startI18n } from './i18n/i18n';
import { SessionProvider } from './session/session';
import { loadConsoleConfig } from './session/console-config';
import './styles.css';

async function start(): Promise<void> {
  const [config] = await Promise.all([loadConsoleConfig(), startI18n()]);
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <SessionProvider config={config}>
        <BrowserRouter>
          <App />
        </BrowserRouter>
      </SessionProvider>
    </StrictMode>,
  );
}

void start();
