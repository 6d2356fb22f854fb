"""A throwaway certificate authority for the fake cloud, made at run time.

The CA signs one server certificate for ``127.0.0.1`` / ``localhost``. Clients trust it
the way any ``requests`` user trusts a private CA: ``REQUESTS_CA_BUNDLE=<ca.pem>``. The
private keys stay in memory and in a private temporary folder deleted on cleanup.
"""

from __future__ import annotations

import ipaddress
import ssl
import tempfile
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID


@dataclass
class ThrowawayTls:
    """A CA and a server certificate in a private temporary folder.

    Attributes:
        folder: Holds ``ca.pem`` (public), ``server.pem`` and ``server-key.pem``.
    """

    folder: Path

    @property
    def ca_path(self) -> Path:
        """The CA certificate to trust (``REQUESTS_CA_BUNDLE``)."""
        return self.folder / "ca.pem"

    @classmethod
    def create(cls, *, days: int = 2) -> ThrowawayTls:
        """Makes a fresh CA and a server certificate valid for ``days``."""
        folder = Path(tempfile.mkdtemp(prefix="lockcare-fakecloud-"))
        now = datetime.now(UTC)
        ca_key = ec.generate_private_key(ec.SECP256R1())
        ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "lockcare fake cloud throwaway CA")])
        ca_cert = (
            x509.CertificateBuilder()
            .subject_name(ca_name)
            .issuer_name(ca_name)
            .public_key(ca_key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(now - timedelta(minutes=5))
            .not_valid_after(now + timedelta(days=days))
            .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
            .add_extension(
                x509.KeyUsage(
                    digital_signature=True, content_commitment=False, key_encipherment=False,
                    data_encipherment=False, key_agreement=False, key_cert_sign=True, crl_sign=True,
                    encipher_only=False, decipher_only=False,
                ),
                critical=True,
            )
            .add_extension(x509.SubjectKeyIdentifier.from_public_key(ca_key.public_key()), critical=False)
            .sign(ca_key, hashes.SHA256())
        )
        server_key = ec.generate_private_key(ec.SECP256R1())
        server_cert = (
            x509.CertificateBuilder()
            .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")]))
            .issuer_name(ca_name)
            .public_key(server_key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(now - timedelta(minutes=5))
            .not_valid_after(now + timedelta(days=days))
            .add_extension(
                x509.SubjectAlternativeName(
                    [x509.IPAddress(ipaddress.ip_address("127.0.0.1")), x509.DNSName("localhost")]
                ),
                critical=False,
            )
            .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
            .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
            .add_extension(
                x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()), critical=False
            )
            .sign(ca_key, hashes.SHA256())
        )
        pem = serialization.Encoding.PEM
        (folder / "ca.pem").write_bytes(ca_cert.public_bytes(pem))
        (folder / "server.pem").write_bytes(server_cert.public_bytes(pem) + ca_cert.public_bytes(pem))
        key_path = folder / "server-key.pem"
        key_path.write_bytes(
            server_key.private_bytes(pem, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
        )
        key_path.chmod(0o600)
        return cls(folder=folder)

    def server_context(self) -> ssl.SSLContext:
        """A TLS 1.2+ server context presenting the server certificate."""
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.minimum_version = ssl.TLSVersion.TLSv1_2
        context.load_cert_chain(self.folder / "server.pem", self.folder / "server-key.pem")
        return context

    def cleanup(self) -> None:
        """Deletes the folder and everything in it."""
        for path in self.folder.glob("*"):
            path.unlink(missing_ok=True)
        self.folder.rmdir()


__all__ = ["ThrowawayTls"]
