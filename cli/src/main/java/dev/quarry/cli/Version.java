package dev.quarry.cli;

import picocli.CommandLine.IVersionProvider;

/** {@code --version}: the version in the jar's manifest. */
final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = Quarry.class.getPackage().getImplementationVersion();
        return new String[] {"quarry " + (version != null ? version : "(development build)")};
    }
}
