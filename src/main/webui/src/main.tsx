import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { SignedIn } from './auth';
import { App } from './App';
import './styles.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <SignedIn>
      <BrowserRouter>
        <App />
      </BrowserRouter>
    </SignedIn>
  </StrictMode>,
);
