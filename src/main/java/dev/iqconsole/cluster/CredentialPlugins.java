package dev.iqconsole.cluster;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/** Checks that an exec credential plugin can run, and says how to install the usual ones. */
final class CredentialPlugins {

    private static final Map<String, String> INSTALL_HINTS = Map.of(
            "gke-gcloud-auth-plugin",
            "install it with `gcloud components install gke-gcloud-auth-plugin` (or the"
                    + " google-cloud-cli-gke-gcloud-auth-plugin package)",
            "aws-iam-authenticator",
            "install aws-iam-authenticator from the AWS EKS documentation",
            "aws",
            "install the AWS CLI v2",
            "kubelogin",
            "install kubelogin (`az aks install-cli` or the Azure/kubelogin releases)",
            "kubectl-oidc_login",
            "install the oidc-login kubectl plugin (`kubectl krew install oidc-login`)");

    private CredentialPlugins() {}

    /** Empty when the command is found; otherwise a sentence naming it and how to install it. */
    static Optional<String> missing(ClusterContext context, String pathEnv) {
        if (!context.usesCredentialPlugin() || isExecutable(context.credentialPlugin(), pathEnv)) {
            return Optional.empty();
        }
        String command = context.credentialPlugin();
        String name = Path.of(command).getFileName().toString();
        String hint = INSTALL_HINTS.getOrDefault(name, "install it or put it on the PATH of the console");
        return Optional.of("Context " + context.name() + " gets its credentials from the exec plugin '" + command
                + "', which is not installed or not on the PATH of the console: " + hint + ".");
    }

    static String expiredCredentials(ClusterContext context) {
        String how = context.usesCredentialPlugin()
                ? "the plugin '" + context.credentialPlugin() + "' returned a token the cluster no longer accepts;"
                        + " log in again with the tool behind it (e.g. `gcloud auth login`)"
                : "refresh the token or client certificate of user " + context.user() + " in " + context.kubeconfig();
        return "The cluster of context " + context.name() + " rejected the credentials (401 Unauthorized); they have"
                + " probably expired: " + how + ".";
    }

    private static boolean isExecutable(String command, String pathEnv) {
        if (command.contains(File.separator)) {
            return Files.isExecutable(Path.of(command));
        }
        if (pathEnv == null) {
            return false;
        }
        for (String dir : pathEnv.split(File.pathSeparator)) {
            if (!dir.isBlank() && Files.isExecutable(Path.of(dir, command))) {
                return true;
            }
        }
        return false;
    }
}
