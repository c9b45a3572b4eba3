import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import '@mantine/core/styles.css';
import '@mantine/charts/styles.css';
import { createApi, createHttpClient } from './api';
import { Providers } from './app/Providers';
import { AppRoutes } from './App';
import { createI18n, currentLanguage } from './i18n';

const i18n = createI18n();
const api = createApi(createHttpClient({ language: () => currentLanguage(i18n) }));

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <BrowserRouter>
      <Providers api={api} i18n={i18n}>
        <AppRoutes />
      </Providers>
    </BrowserRouter>
  </StrictMode>,
);
