/* test_sha256.c — SHA-256 against the FIPS 180-4 examples and sha256sum on
 * runs of 'a' that end on each side of the padding boundaries (55, 56, 63,
 * 64, 65, 119, 120 bytes), fed whole and one byte at a time. */
#include "runtime/sha256.h"
#include "tests/unit/unit.h"
#include <stdbool.h>

static const char *hex_of(const char *s, size_t n, bool bytewise)
{
    static char out[SHA_HEX]; /* test-only: one result is checked at a time */
    sha_ctx c;
    sha_init(&c);
    if (bytewise) for (size_t i = 0; i < n; i++) sha_update(&c, s + i, 1);
    else sha_update(&c, s, n);
    sha_final_hex(&c, out);
    return out;
}

int main(void)
{
    CHECK_STR(hex_of("", 0, false), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    CHECK_STR(hex_of("abc", 3, false), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    const char *two = "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq";
    CHECK_STR(hex_of(two, strlen(two), false), "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
    static const struct { size_t n; const char *want; } runs[] = {
        {55, "9f4390f8d30c2dd92ec9f095b65e2b9ae9b0a925a5258e241c9f1e910f734318"},
        {56, "b35439a4ac6f0948b6d6f9e3c6af0f5f590ce20f1bde7090ef7970686ec6738a"},
        {63, "7d3e74a05d7db15bce4ad9ec0658ea98e3f06eeecf16b4c6fff2da457ddc2f34"},
        {64, "ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb"},
        {65, "635361c48bb9eab14198e76ea8ab7f1a41685d6ad62aa9146d301d4f17eb0ae0"},
        {119, "31eba51c313a5c08226adf18d4a359cfdfd8d2e816b13f4af952f7ea6584dcfb"},
        {120, "2f3d335432c70b580af0e8e1b3674a7c020d683aa5f73aaaedfdc55af904c21c"},
    };
    static char as[1000000];
    memset(as, 'a', sizeof as);
    for (size_t i = 0; i < sizeof runs / sizeof *runs; i++) {
        CHECK_STR(hex_of(as, runs[i].n, false), runs[i].want);
        CHECK_STR(hex_of(as, runs[i].n, true), runs[i].want);
    }
    CHECK_STR(hex_of(as, sizeof as, false), "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
    char hex[SHA_HEX];
    sha_hex("abc", 3, hex);
    CHECK_STR(hex, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    return UNIT_END();
}
