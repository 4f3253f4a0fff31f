import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, it } from 'vitest';
import { renderApp, sourceFor } from '../helpers/render-app';
import { createTestServer } from '../helpers/server';

const slug = 'usa-trump-tells-russia-to-get-its-troops-out-of-venezuela';

it('shows the interface in Spanish, leaves the article as written, and validates in Spanish', async () => {
  const { app } = await createTestServer();
  renderApp(sourceFor(app), `/articles/${slug}`, 'es');
  expect(await screen.findByRole('region', { name: '7 comentarios' })).toBeInTheDocument();
  expect(document.documentElement.lang).toBe('es');
  // The article's own text is not translated.
  expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(/Trump tells Russia/);
  expect(
    await screen.findAllByRole('button', { name: 'Contraer el hilo de wally n' }),
  ).toHaveLength(2);
  expect(screen.getAllByText(/hace 7 años|hace \d+ años/).length).toBeGreaterThan(0);

  const user = userEvent.setup();
  const form = await screen.findByRole('form', { name: 'Deja una respuesta' });
  await user.click(screen.getAllByRole('button', { name: 'Enviar' }).at(-1)!);
  expect(form).toHaveTextContent('Escribe un comentario antes de enviar.');
  expect(form).toHaveTextContent('Escribe tu nombre.');
});
