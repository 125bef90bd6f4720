import { Navigate, Route, Routes } from 'react-router';
import { Layout } from './layout/layout';
import { ForbiddenScreen } from './layout/forbidden';
import { Screens, landingPath } from './screens/screens';
import { SignInScreen } from './session/sign-in';
import { SignedInRedirect } from './session/signed-in-redirect';
import { useSession } from './session/session';
import { mayCall } from './access';

/** The console: the sign-in until a user is signed in, then the screens their role may open. */
export function App() {
  const { user } = useSession();
  if (!user) {
    return (
      <Routes>
        <Route path="/signed-in" element={<SignedInRedirect />} />
        <Route path="*" element={<SignInScreen />} />
      </Routes>
    );
  }
  return (
    <Layout>
      <Routes>
        {Screens.map((screen) => (
          <Route
            key={screen.path}
            path={screen.path}
            element={mayCall(user.role, screen.operation) ? <screen.Component /> : <ForbiddenScreen />}
          />
        ))}
        <Route path="*" element={<Navigate to={landingPath(user.role)} replace />} />
      </Routes>
    </Layout>
  );
}
