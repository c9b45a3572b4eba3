package de.stammkunde.api.reward;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/** QR codes (ZXing) for vouchers: the till's scanner reads the voucher code from the customer's phone. */
public final class VoucherImages {
    private VoucherImages() {
    }

    /** A 320 px QR code of the voucher code, PNG. */
    public static byte[] qrPng(String content) {
        int size = 320;
        try {
            var matrix = new QRCodeWriter().encode(content, BarcodeFormat.QR_CODE, size, size,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 2));
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            MatrixToImageWriter.writeToStream(matrix, "PNG", png);
            return png.toByteArray();
        } catch (WriterException e) {
            throw new IllegalArgumentException("cannot encode voucher code as QR", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
